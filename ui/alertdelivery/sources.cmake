# How a window tells a person of an alert (banner, tray, sound) and shows the alert log; the
# engine, the log and the command hook are the desk's (app/alerts).
target_sources(loandesk_ui PRIVATE
    alertdelivery/alertbanner.cpp alertdelivery/alertbanner.h
    alertdelivery/alertdelivery.cpp alertdelivery/alertdelivery.h
    alertdelivery/alertlogmodel.cpp alertdelivery/alertlogmodel.h
    alertdelivery/alertlogview.cpp alertdelivery/alertlogview.h
    alertdelivery/alertsound.cpp alertdelivery/alertsound.h
    alertdelivery/alerttext.cpp alertdelivery/alerttext.h
)
