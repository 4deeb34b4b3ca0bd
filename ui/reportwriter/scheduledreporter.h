#pragma once

#include "report/reportschedule.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace loandesk {

class CollateralState;
class DashboardWidget;
class HistoryStore;
class MonitorState;
class SettingsService;
struct ReportHistory;

// Writes a ReportBundle whenever the schedule says so, from its own offscreen copy of the
// dashboard, so the user's window never changes size or flickers. Lives on the GUI thread.
class ScheduledReporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledReporter)

public:
    // Reports are written in `settings`' report language as it is when each one is written.
    ScheduledReporter(MonitorState *state, QString profile, const SettingsService *settings,
                      QObject *parent = nullptr);
    ~ScheduledReporter() override;
    // The desk's per-asset picture, written into each report (composition, trigger prices).
    void setCollateral(CollateralState *collateral) { m_collateral = collateral; }
    // The desk's recorded history, charted in each report's PDF (none: "nothing recorded").
    void setHistory(HistoryStore *history) { m_history = history; }

    ReportSchedule schedule() const { return m_schedule; }
    void setSchedule(const ReportSchedule &schedule); // saves it
    // Writes one report now into the scheduled folder, once the history is read: `done` gets
    // the folder, or an empty one and why, on `context`'s thread and only while it lives.
    void writeNow(QObject *context,
                  std::function<void(const QString &folder, const QString &error)> done);

Q_SIGNALS:
    void reportWritten(const QString &folder);
    void reportFailed(const QString &message);

private:
    void check();
    QString write(const ReportHistory &history, QString *error);

    MonitorState *m_state;
    QString m_profile;
    const SettingsService *m_settings = nullptr;
    CollateralState *m_collateral = nullptr;
    HistoryStore *m_history = nullptr;
    bool m_writing = false; // a report is waiting for its history: the timer does not start another
    ReportSchedule m_schedule;
    QTimer m_timer;
    DashboardWidget *m_dashboard = nullptr;
};

} // namespace loandesk
