#include "scheduledreporter.h"

#include "settings/settingsservice.h"

#include "common/snapshotheader.h"
#include "common/snapshotrenderer.h"
#include "reportbundle.h"

#include "monitor/monitorstate.h"
#include "panels/dashboardwidget.h"
#include "report/collateralsnapshot.h"

#include <QCoreApplication>

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

QString ScheduledReporter::writeNow(QString *error) {
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
        m_schedule.maskEmails, error, m_settings->app().reportLanguage, &collateral);
}

void ScheduledReporter::check() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime due = m_schedule.nextRun(now);
    if (!due.isValid() || due > now || m_state->unitCount() == 0)
        return;
    QString error;
    const QString folder = writeNow(&error);
    // a failed run is not retried every 30 s: it waits for the next interval, and says so
    m_schedule.lastRun = now;
    m_schedule.save();
    if (folder.isEmpty())
        Q_EMIT reportFailed(error);
    else
        Q_EMIT reportWritten(folder);
}

} // namespace loandesk
