target_sources(loandesk_ui PRIVATE
    report/reportbundle.cpp report/reportbundle.h
    report/reportdocument.cpp report/reportdocument.h
    report/reportlanguage.cpp report/reportlanguage.h
    report/reportsmenu.cpp report/reportsmenu.h
    report/scheduledreporter.cpp report/scheduledreporter.h
    report/schedulereportsdialog.cpp report/schedulereportsdialog.h
)
