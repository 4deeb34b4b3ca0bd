#pragma once

#include "actions/deskkind.h"

#include <QMainWindow>

#include <functional>

namespace loandesk {

struct AppSettings;
class DashboardWidget;
class MonitorSession;

// The window a treasury user keeps open all day: the dashboard, the feed status bar, and the
// menus for snapshots and view options. Owns no data; presents a MonitorSession.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // A demo window keeps its journal and history apart from every real desk's (DeskKind).
    MainWindow(MonitorSession *session, const QString &profileName, DeskKind desk = DeskKind::Real,
               QWidget *parent = nullptr);

    DashboardWidget *dashboard() const { return m_dashboard; }
    // Opens `name` in a new main window (its own session), as "Connect profile…" does.
    static void openProfileWindow(const QString &name, QMainWindow *from);

private:
    void buildMenus();
    void saveSnapshot();
    void copySnapshot();
    void exportPdf();
    void setMaskEmails(bool mask);
    void saveAppSettings(const std::function<void(AppSettings &)> &change);

    MonitorSession *m_session;
    QString m_profileName;
    DeskKind m_desk;
    DashboardWidget *m_dashboard;
    bool m_maskEmails = false;
};

} // namespace loandesk
