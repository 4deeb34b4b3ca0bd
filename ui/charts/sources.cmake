# The only QtCharts code in LoanDesk.
target_sources(loandesk_ui PRIVATE
    charts/collateralsharechart.cpp charts/collateralsharechart.h
)
# LTV history charts and panel (LoanDesk's own recorded history).
target_sources(loandesk_ui PRIVATE
    charts/historychartview.cpp charts/historychartview.h charts/historychartinput.cpp
    charts/ltvhistorychart.cpp charts/ltvhistorychart.h
    charts/equityliabilitychart.cpp charts/equityliabilitychart.h
    charts/historypanel.cpp charts/historypanel.h
    charts/membercollateralchart.cpp charts/membercollateralchart.h
    charts/seriespalette.cpp charts/seriespalette.h
    charts/triggerhistorychart.cpp charts/triggerhistorychart.h
)
