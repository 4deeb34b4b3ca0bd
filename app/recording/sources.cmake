# What goes into the history: the monitor's samples and the exchange's records (borrow/repay,
# interest, liquidations).
target_sources(loandesk_core PRIVATE
    recording/historybackfill.cpp recording/historybackfill.h
    recording/historyrecorder.cpp recording/historyrecorder.h
    recording/recordevents.cpp recording/recordevents.h
    recording/recordspoller.cpp recording/recordspoller.h
)
