#include "headlesssnapshot.h"

#include "common/collateralstrip.h"
#include "common/snapshotrenderer.h"

#include "reportwriter/reportdocument.h"

#include "common/errortext.h"
#include "desk/desk.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "panels/dashboardwidget.h"
#include "report/statedump.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace loandesk {

HeadlessSnapshot::HeadlessSnapshot(const CommandLine &options, Desk *desk, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_source(desk->label())
    , m_session(desk->session())
    , m_collateral(desk->collateral())
    , m_history(desk->history())
    , m_profileGroup(desk->options().profile ? desk->options().profile->monitorGroup()
                                             : std::nullopt) {
    m_compositionWait.setSingleShot(true);
    m_compositionWait.setInterval(CompositionWaitMs);
    connect(&m_compositionWait, &QTimer::timeout, this, [this] { proceed(true); });
}

HeadlessSnapshot::~HeadlessSnapshot() = default;

void HeadlessSnapshot::start() {
    const std::optional<qint64> group = m_options.groupId ? m_options.groupId : m_profileGroup;
    // fetchOnce answers after ltv-details and one composition read; the latter is bounded here,
    // from the moment ltv-details' units are in the state.
    connect(m_session->state(), &MonitorState::updated, this, [this] {
        if (m_session->state()->unitCount() > 0 && !m_compositionWait.isActive() && !m_proceeded)
            m_compositionWait.start();
    });
    m_session->fetchOnce(group, [this](const ExchangeError &error) {
        if (m_proceeded)
            return; // the composition came too late: the files are being written without it
        if (error.isError()) {
            m_proceeded = true;
            fail(errorText(error));
            return;
        }
        proceed(false);
    });
}

void HeadlessSnapshot::proceed(bool compositionLate) {
    if (m_proceeded)
        return;
    m_proceeded = true;
    m_compositionWait.stop();
    if (compositionLate)
        m_compositionLate =
            tr("the composition was not read within %1 s").arg(CompositionWaitMs / 1000);
    if (m_session->state()->unitCount() == 0) {
        fail(m_options.groupId
                 ? tr("risk unit %1 is not visible to this API key").arg(*m_options.groupId)
                 : tr("this API key sees no risk units"));
        return;
    }
    // The dashboard is laid out first and rendered a moment later, once the state's
    // coalesced update has reached the models and the charts have settled their axes.
    m_dashboard = std::make_unique<DashboardWidget>(m_session->state());
    m_dashboard->setCollateral(m_collateral);
    m_dashboard->setMaskEmails(m_options.maskEmails);
    m_dashboard->resize(SnapshotRenderer::DefaultSize);
    m_dashboard->show(); // offscreen platform: laid out, never on a screen
    QTimer::singleShot(400, this, &HeadlessSnapshot::render);
}

void HeadlessSnapshot::render() {
    if (m_options.groupId)
        m_dashboard->selectGroup(*m_options.groupId);
    QCoreApplication::processEvents();
    if (!isPdf()) {
        write(ReportHistory());
        return;
    }
    // The report charts the desk's recorded history: read on the store's thread first.
    ReportHistory::read(m_history, m_session->state()->groupIds(), this,
                        [this](const ReportHistory &history) { write(history); });
}

bool HeadlessSnapshot::isPdf() const {
    return QFileInfo(m_options.snapshot).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0;
}

void HeadlessSnapshot::write(const ReportHistory &history) {
    DashboardWidget &dashboard = *m_dashboard;
    const SnapshotHeader header = SnapshotHeader::from(*m_session->state(), m_source);
    CollateralSnapshot collateral = CollateralSnapshot::from(*m_session->state(), m_collateral);
    collateral.unavailableReason = m_compositionLate;

    // Both files or neither. The dump is written first but kept uncommitted (QSaveFile), so an
    // unwritable dump path fails before any snapshot exists; the snapshot is then written
    // atomically, and only then is the dump committed. Should that last rename fail, the new
    // snapshot is removed again.
    QSaveFile dump(m_options.dump);
    if (!m_options.dump.isEmpty()) {
        const QByteArray json =
            StateDump::toJson(*m_session->state(), collateral, {m_options.maskEmails, m_source});
        if (!dump.open(QIODevice::WriteOnly) || dump.write(json) != json.size()) {
            fail(tr("cannot write %1: %2").arg(m_options.dump, dump.errorString()));
            return;
        }
    }
    QString error;
    const bool pdf = isPdf();
    const CollateralStrip strip =
        CollateralStrip::forUnit(collateral, dashboard.selectedGroupId(), m_options.maskEmails);
    ReportDocument document(*m_session->state(), header, m_options.maskEmails);
    document.setCollateral(collateral);
    document.setHistory(history);
    const bool ok = pdf ? document.writePdf(m_options.snapshot, &error)
                        : SnapshotRenderer::writeImage(
                              m_options.snapshot,
                              SnapshotRenderer::renderImage(&dashboard, header,
                                                            SnapshotRenderer::DefaultSize, &strip),
                              &error);
    if (!ok) {
        fail(tr("cannot write %1: %2").arg(m_options.snapshot, error));
        return; // the uncommitted dump is discarded with its QSaveFile
    }
    if (!m_options.dump.isEmpty() && !dump.commit()) {
        QFile::remove(m_options.snapshot);
        fail(tr("cannot write %1: %2").arg(m_options.dump, dump.errorString()));
        return;
    }
    Q_EMIT finished(0, tr("wrote %1").arg(m_options.snapshot));
}

void HeadlessSnapshot::fail(const QString &message) {
    Q_EMIT finished(1, message);
}

} // namespace loandesk
