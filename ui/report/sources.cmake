target_sources(loandesk_ui PRIVATE
    report/reportdocument.cpp report/reportdocument.h
)
