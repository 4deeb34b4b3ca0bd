# The exchange's records (borrow/repay, interest, liquidations, transfers), paged, with CSV export.
target_sources(loandesk_ui PRIVATE
    records/recordstab.cpp records/recordstab.h
    records/recordswindow.cpp records/recordswindow.h
)
