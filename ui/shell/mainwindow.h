#pragma once

#include <QMainWindow>

#include <functional>

namespace loandesk {

class AlertDelivery;
class DashboardWidget;
class Desk;
class HistoryPanel;
class MonitorSession;
class ScheduledReporter;

// The window a treasury user keeps open all day: the dashboard, the feed status bar, the
// history dock, and the menus. Creates no service: it presents a Desk (and its scheduled
// reporter), both built by DeskOpener::open, and owns the desk from then on (one rule for
// every window: closing the window deletes it, and its desk with it).
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Desk *desk, ScheduledReporter *reporter, QWidget *parent = nullptr);

    Desk *desk() const { return m_desk; }
    DashboardWidget *dashboard() const { return m_dashboard; }

Q_SIGNALS:
    // Settings → Connect profile…: the launcher opens it in a window of its own.
    void openProfileRequested(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void addHistoryDock();
    void showDeskMessages();
    void saveSnapshot();
    void copySnapshot();
    void exportPdf();
    void setMaskEmails(bool mask);

    Desk *m_desk;
    MonitorSession *m_session;
    ScheduledReporter *m_reporter;
    DashboardWidget *m_dashboard;
    AlertDelivery *m_alerts = nullptr;
    HistoryPanel *m_history = nullptr;
    bool m_maskEmails = false;
    bool m_placed = false;
};

} // namespace loandesk
