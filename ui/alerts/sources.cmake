# Alert delivery: banner, tray, sound, command hook, and the alert log view.
target_sources(loandesk_ui PRIVATE
    alerts/alertbanner.cpp alerts/alertbanner.h
    alerts/alertcenter.cpp alerts/alertcenter.h
    alerts/alertlogmodel.cpp alerts/alertlogmodel.h
    alerts/alertlogview.cpp alerts/alertlogview.h
    alerts/alertsound.cpp alerts/alertsound.h
    alerts/alerttext.cpp alerts/alerttext.h
)
