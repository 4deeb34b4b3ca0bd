# The composition root: one Desk per window (or headless snapshot) builds, owns and starts the
# services it presents.
target_sources(loandesk_core PRIVATE
    desk/deskoptions.h
    desk/desk.cpp desk/desk.h
)
