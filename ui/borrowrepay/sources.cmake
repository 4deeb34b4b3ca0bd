# Borrow and repay dialogs, the activity (audit) view and the Actions menu.
target_sources(loandesk_ui PRIVATE
    borrowrepay/actionsmenu.cpp borrowrepay/actionsmenu.h
    borrowrepay/actiondialog.cpp borrowrepay/actiondialog.h
    borrowrepay/actiontext.cpp borrowrepay/actiontext.h
    borrowrepay/activityview.cpp borrowrepay/activityview.h
    borrowrepay/amountvalidator.cpp borrowrepay/amountvalidator.h
    borrowrepay/borrowdialog.cpp borrowrepay/borrowdialog.h
    borrowrepay/confirmpage.cpp borrowrepay/confirmpage.h
    borrowrepay/repaydialog.cpp borrowrepay/repaydialog.h
    borrowrepay/resolvebyhanddialog.cpp borrowrepay/resolvebyhanddialog.h
    borrowrepay/secondoperatorbox.cpp borrowrepay/secondoperatorbox.h
    borrowrepay/whatifpanel.cpp borrowrepay/whatifpanel.h
)
