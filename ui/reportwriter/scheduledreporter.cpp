#include "scheduledreporter.h"

#include "settings/settingsservice.h"

#include "common/snapshotheader.h"
#include "common/snapshotrenderer.h"
#include "reportbundle.h"

#include "monitor/monitorstate.h"
#include "panels/dashboardwidget.h"
#include "report/collateralsnapshot.h"
#include "report/reporthistory.h"

#include <QCoreApplication>
#include <QPointer>

namespace loandesk {

ScheduledReporter::ScheduledReporter(MonitorState *state, QString profile,
                                     const SettingsService *settings, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_schedule(ReportSchedule::load()) {
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ScheduledReporter::check);
    m_timer.start();
}

ScheduledReporter::~ScheduledReporter() {
    delete m_dashboard;
}

void ScheduledReporter::setSchedule(const ReportSchedule &schedule) {
    m_schedule = schedule;
    m_schedule.save();
}

void ScheduledReporter::writeNow(
    QObject *context, std::function<void(const QString &folder, const QString &error)> done) {
    if (m_state->unitCount() == 0) {
        const QString error =
            QCoreApplication::translate("ScheduledReporter", "no data received yet");
        QMetaObject::invokeMethod(
            context, [done, error] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    m_writing = true;
    // The history is read on the store's thread; the report is written when it is in, from the
    // state as it is then. Both the reporter and the caller must still be there.
    QPointer<QObject> caller(context);
    ReportHistory::read(m_history, m_state->groupIds(), this,
                        [this, caller, done](const ReportHistory &history) {
                            m_writing = false;
                            QString error;
                            const QString folder = write(history, &error);
                            if (caller)
                                done(folder, error);
                        });
}

QString ScheduledReporter::write(const ReportHistory &history, QString *error) {
    if (m_state->unitCount() == 0) {
        *error = QCoreApplication::translate("ScheduledReporter", "no data received yet");
        return {};
    }
    if (!m_dashboard) {
        m_dashboard = new DashboardWidget(m_state);
        m_dashboard->setCollateral(m_collateral);
        // laid out like a shown window, but never mapped on screen
        m_dashboard->setAttribute(Qt::WA_DontShowOnScreen);
        m_dashboard->resize(SnapshotRenderer::DefaultSize);
        m_dashboard->show();
    }
    m_dashboard->setMaskEmails(m_schedule.maskEmails);
    QCoreApplication::processEvents();
    const CollateralSnapshot collateral = CollateralSnapshot::from(*m_state, m_collateral);
    return ReportBundle::write(
        m_schedule.folder, *m_state, SnapshotHeader::from(*m_state, m_profile), m_dashboard,
        m_schedule.maskEmails, error, m_settings->app().reportLanguage, &collateral, &history);
}

void ScheduledReporter::check() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime due = m_schedule.nextRun(now);
    if (m_writing || !due.isValid() || due > now || m_state->unitCount() == 0)
        return;
    // a failed run is not retried every 30 s: it waits for the next interval, and says so
    m_schedule.lastRun = now;
    m_schedule.save();
    writeNow(this, [this](const QString &folder, const QString &error) {
        if (folder.isEmpty())
            Q_EMIT reportFailed(error);
        else
            Q_EMIT reportWritten(folder);
    });
}

} // namespace loandesk
