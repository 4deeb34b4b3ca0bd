# Settings dialog pages, and opening profiles with the OS keychain.
target_sources(loandesk_ui PRIVATE
    settings/alertspage.cpp settings/alertspage.h
    settings/appearancepage.cpp settings/appearancepage.h
    settings/bandspage.cpp settings/bandspage.h
    settings/connectionpage.cpp settings/connectionpage.h
    settings/historypage.cpp settings/historypage.h
    settings/keyreporttext.cpp settings/keyreporttext.h
    settings/limitspage.cpp settings/limitspage.h
    settings/operatorspage.cpp settings/operatorspage.h
    settings/pollingpage.cpp settings/pollingpage.h
    settings/profilepage.h
    settings/profilestartup.cpp settings/profilestartup.h
    settings/settingsdialog.cpp settings/settingsdialog.h
    settings/settingsmenu.cpp settings/settingsmenu.h
)
