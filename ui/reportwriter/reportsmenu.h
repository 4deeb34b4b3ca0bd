#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace loandesk {

class MonitorState;
class ScheduledReporter;

// File-menu entries for CSV export and scheduled reports, and the reporter that runs the
// schedule for as long as the window lives.
class ReportsMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsMenu)

public:
    static ReportsMenu *install(QMainWindow *window, QMenu *fileMenu, MonitorState *state,
                                const QString &profile);

private:
    ReportsMenu(QMainWindow *window, MonitorState *state, const QString &profile);
    void exportCsv(bool collateral);

    QMainWindow *m_window;
    MonitorState *m_state;
    ScheduledReporter *m_reporter;
};

} // namespace loandesk
