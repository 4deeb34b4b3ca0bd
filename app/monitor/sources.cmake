# The live picture: polling the exchange, the monitor state the dashboard and reports read.
target_sources(loandesk_core PRIVATE
    monitor/unitstatus.h
    monitor/monitorstate.cpp monitor/monitorstate.h
    monitor/pollscheduler.cpp monitor/pollscheduler.h
    monitor/monitorsession.cpp monitor/monitorsession.h
    monitor/collateralstate.cpp monitor/collateralstate.h
    monitor/compositionpoller.cpp monitor/compositionpoller.h
)
