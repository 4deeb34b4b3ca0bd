#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace loandesk {

class MonitorState;
class ScheduledReporter;

// File-menu entries for CSV export and scheduled reports; the reporter that runs the schedule is
// the desk's (built by DeskOpener::open).
class ReportsMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsMenu)

public:
    static ReportsMenu *install(QMainWindow *window, QMenu *fileMenu, MonitorState *state,
                                ScheduledReporter *reporter);

private:
    ReportsMenu(QMainWindow *window, MonitorState *state, ScheduledReporter *reporter);
    void exportCsv(bool collateral);

    QMainWindow *m_window;
    MonitorState *m_state;
    ScheduledReporter *m_reporter;
};

} // namespace loandesk
