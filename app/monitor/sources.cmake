target_sources(loandesk_core PRIVATE
    monitor/unitstatus.h
    monitor/monitorstate.cpp monitor/monitorstate.h
    monitor/pollscheduler.cpp monitor/pollscheduler.h
    monitor/statedump.cpp monitor/statedump.h
    monitor/monitorsession.cpp monitor/monitorsession.h
)
