# The only QtCharts code in LoanDesk.
target_sources(loandesk_ui PRIVATE
    charts/collateralsharechart.cpp charts/collateralsharechart.h
)
