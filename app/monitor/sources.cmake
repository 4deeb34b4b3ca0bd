target_sources(loandesk_core PRIVATE
    monitor/unitstatus.h
    monitor/monitorstate.cpp monitor/monitorstate.h
    monitor/pollscheduler.cpp monitor/pollscheduler.h
    monitor/statedump.cpp monitor/statedump.h
    monitor/monitorsession.cpp monitor/monitorsession.h
    monitor/csvexport.cpp monitor/csvexport.h
    monitor/reportmanifest.cpp monitor/reportmanifest.h
    monitor/reportschedule.cpp monitor/reportschedule.h
)
# Alerts: when a person must be told, and the record of what they were told.
target_sources(loandesk_core PRIVATE
    monitor/alert.cpp monitor/alert.h
    monitor/alertengine.cpp monitor/alertengine.h
    monitor/alertlog.cpp monitor/alertlog.h
    monitor/alertcommandhook.cpp monitor/alertcommandhook.h
)
# The exchange's records (borrow/repay, interest, liquidations) read into the history.
target_sources(loandesk_core PRIVATE
    monitor/recordevents.cpp monitor/recordevents.h
    monitor/recordspoller.cpp monitor/recordspoller.h
)
