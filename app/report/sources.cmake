# What leaves the desk as a file: the --dump JSON, CSV exports, report manifests and schedules.
target_sources(loandesk_core PRIVATE
    report/collateralsnapshot.cpp report/collateralsnapshot.h
    report/statedump.cpp report/statedump.h
    report/csvexport.cpp report/csvexport.h
    report/reportmanifest.cpp report/reportmanifest.h
    report/reportschedule.cpp report/reportschedule.h
    report/reporthistory.cpp report/reporthistory.h
)
