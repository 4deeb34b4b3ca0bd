# Setting up a monitor session from a profile, and inspecting what its API keys may do.
target_sources(loandesk_core PRIVATE
    session/keyinspector.cpp session/keyinspector.h
    session/sessionsetup.cpp session/sessionsetup.h
)
