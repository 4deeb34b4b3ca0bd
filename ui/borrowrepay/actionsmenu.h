#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;

namespace loandesk {

class BorrowRepayService;
class DashboardWidget;
class Desk;

// The "Actions" menu of the main window: Borrow…, Repay…, Activity, presenting the desk's
// BorrowRepayService and journal. Says in the status bar where each open action stands, and
// keeps Borrow/Repay disabled, with the reasons as tooltip and status text, whenever the
// selected unit cannot act. The profile's read-only flag and thresholds are the desk's, which
// follows the settings service, so a change saved in any window applies at once.
class ActionsMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsMenu)

public:
    // Adds the menu to `window`'s menu bar before the last menu (Help).
    static ActionsMenu *install(QMainWindow *window, Desk *desk, DashboardWidget *dashboard);

private:
    ActionsMenu(QMainWindow *window, Desk *desk, DashboardWidget *dashboard);
    void updateActions();
    void updateOpenActions();
    void openBorrow();
    void openRepay();
    void openActivity();

    QMainWindow *m_window;
    DashboardWidget *m_dashboard;
    Desk *m_desk;
    BorrowRepayService *m_service;
    QAction *m_borrow = nullptr;
    QAction *m_repay = nullptr;
    QLabel *m_openActions = nullptr; // status bar: where this desk's open actions stand
};

} // namespace loandesk
