# Settings dialog pages, and opening profiles with the OS keychain.
target_sources(loandesk_ui PRIVATE
    settings/profilestartup.cpp settings/profilestartup.h
)
