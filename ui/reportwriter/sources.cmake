target_sources(loandesk_ui PRIVATE
    reportwriter/ltvchartpainter.cpp reportwriter/ltvchartpainter.h
    reportwriter/reportbundle.cpp reportwriter/reportbundle.h
    reportwriter/reportchartobject.cpp reportwriter/reportchartobject.h
    reportwriter/reportdocument.cpp reportwriter/reportdocument.h
    reportwriter/reportlanguage.cpp reportwriter/reportlanguage.h
    reportwriter/reportsmenu.cpp reportwriter/reportsmenu.h
    reportwriter/scheduledreporter.cpp reportwriter/scheduledreporter.h
    reportwriter/schedulereportsdialog.cpp reportwriter/schedulereportsdialog.h
)
