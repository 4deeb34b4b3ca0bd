#pragma once

#include "actions/deskkind.h"

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;

namespace loandesk {

class AuditLog;
class BorrowRepayService;
class DashboardWidget;
class MonitorSession;

// The "Actions" menu of the main window: Borrow…, Repay…, Activity. Owns the audit log and the
// BorrowRepayService for the session, reconciles this desk's actions a crash left open (each
// unit once its credit key is there), says in the status bar where each open action stands,
// and keeps Borrow/Repay disabled, with the reasons as tooltip and status text, whenever the
// selected unit cannot act. The profile's read-only flag and thresholds are read again whenever
// the menu or a dialog opens (the desk's operators at every four-eyes check), so a change saved
// in Settings applies at once.
class ActionsMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsMenu)

public:
    // Adds the menu to `window`'s menu bar before the last menu (Help).
    static ActionsMenu *install(QMainWindow *window, MonitorSession *session,
                                const QString &profile, DashboardWidget *dashboard,
                                DeskKind desk = DeskKind::Real);

    BorrowRepayService *service() const { return m_service; }
    // Re-reads the profile (read-only, thresholds) and updates the menu.
    void loadDeskSettings();

private:
    ActionsMenu(QMainWindow *window, MonitorSession *session, const QString &profile,
                DashboardWidget *dashboard, DeskKind desk);
    void updateActions();
    void updateOpenActions();
    void openBorrow();
    void openRepay();
    void openActivity();

    QMainWindow *m_window;
    DashboardWidget *m_dashboard;
    AuditLog *m_log;
    BorrowRepayService *m_service;
    QString m_profile;
    bool m_fromProfile = false; // the window was opened from a stored profile
    QAction *m_borrow = nullptr;
    QAction *m_repay = nullptr;
    QLabel *m_openActions = nullptr; // status bar: where this desk's open actions stand
};

} // namespace loandesk
