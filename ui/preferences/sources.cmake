# Settings dialog pages, and opening profiles with the OS keychain.
target_sources(loandesk_ui PRIVATE
    preferences/alertspage.cpp preferences/alertspage.h
    preferences/appearancepage.cpp preferences/appearancepage.h
    preferences/bandspage.cpp preferences/bandspage.h
    preferences/connectionpage.cpp preferences/connectionpage.h
    preferences/historypage.cpp preferences/historypage.h
    preferences/keyreporttext.cpp preferences/keyreporttext.h
    preferences/limitspage.cpp preferences/limitspage.h
    preferences/operatorspage.cpp preferences/operatorspage.h
    preferences/pollingpage.cpp preferences/pollingpage.h
    preferences/profileissuetext.cpp preferences/profileissuetext.h
    preferences/profilepage.cpp preferences/profilepage.h
    preferences/profilestartup.cpp preferences/profilestartup.h
    preferences/settingsdialog.cpp preferences/settingsdialog.h
    preferences/settingsmenu.cpp preferences/settingsmenu.h
    preferences/settingspage.cpp preferences/settingspage.h
)
