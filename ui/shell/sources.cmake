target_sources(loandesk_ui PRIVATE
    shell/commandline.cpp shell/commandline.h
    shell/connectdialog.cpp shell/connectdialog.h
    shell/headlesssnapshot.cpp shell/headlesssnapshot.h
    shell/deskopener.cpp shell/deskopener.h
    shell/launcher.cpp shell/launcher.h
    shell/mainwindow.cpp shell/mainwindow.h
    shell/terminationsignals.cpp shell/terminationsignals.h
    shell/welcomedialog.cpp shell/welcomedialog.h
    shell/windowplacement.cpp shell/windowplacement.h
)
