# Alerts: when a person must be told, and the record of what they were told.
target_sources(loandesk_core PRIVATE
    alerts/alert.cpp alerts/alert.h
    alerts/alertengine.cpp alerts/alertengine.h
    alerts/alertlog.cpp alerts/alertlog.h
    alerts/alertcommandhook.cpp alerts/alertcommandhook.h
    alerts/alertcenter.cpp alerts/alertcenter.h
)
