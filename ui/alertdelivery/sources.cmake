# Alert delivery: banner, tray, sound, command hook, and the alert log view.
target_sources(loandesk_ui PRIVATE
    alertdelivery/alertbanner.cpp alertdelivery/alertbanner.h
    alertdelivery/alertcenter.cpp alertdelivery/alertcenter.h
    alertdelivery/alertlogmodel.cpp alertdelivery/alertlogmodel.h
    alertdelivery/alertlogview.cpp alertdelivery/alertlogview.h
    alertdelivery/alertsound.cpp alertdelivery/alertsound.h
    alertdelivery/alerttext.cpp alertdelivery/alerttext.h
)
