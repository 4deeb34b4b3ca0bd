# Borrow and repay dialogs, the activity (audit) view and the Actions menu.
target_sources(loandesk_ui PRIVATE
    actions/actionsmenu.cpp actions/actionsmenu.h
    actions/actiontext.cpp actions/actiontext.h
    actions/activityview.cpp actions/activityview.h
    actions/amountvalidator.cpp actions/amountvalidator.h
    actions/borrowdialog.cpp actions/borrowdialog.h
    actions/confirmpage.cpp actions/confirmpage.h
    actions/repaydialog.cpp actions/repaydialog.h
    actions/resolvebyhanddialog.cpp actions/resolvebyhanddialog.h
    actions/secondoperatorbox.cpp actions/secondoperatorbox.h
    actions/whatifpanel.cpp actions/whatifpanel.h
)
