#pragma once

#include "report/reportschedule.h"

#include <QObject>
#include <QTimer>

namespace loandesk {

class CollateralState;
class DashboardWidget;
class MonitorState;
class SettingsService;

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

    ReportSchedule schedule() const { return m_schedule; }
    void setSchedule(const ReportSchedule &schedule); // saves it
    // Writes one report now into the scheduled folder; returns the folder or empty on error.
    QString writeNow(QString *error);

Q_SIGNALS:
    void reportWritten(const QString &folder);
    void reportFailed(const QString &message);

private:
    void check();

    MonitorState *m_state;
    QString m_profile;
    const SettingsService *m_settings = nullptr;
    CollateralState *m_collateral = nullptr;
    ReportSchedule m_schedule;
    QTimer m_timer;
    DashboardWidget *m_dashboard = nullptr;
};

} // namespace loandesk
