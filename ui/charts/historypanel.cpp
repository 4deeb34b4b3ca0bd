#include "historypanel.h"

#include "common/selectablelabel.h"
#include "equityliabilitychart.h"
#include "ltvhistorychart.h"
#include "membercollateralchart.h"
#include "triggerhistorychart.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"
#include "storage/historystore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>
#include <utility>

namespace loandesk {

HistoryPanel::HistoryPanel(HistoryStore *store, MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_state(state)
    , m_ranges(new QButtonGroup(this))
    , m_tabs(new QTabWidget(this))
    , m_ltv(new LtvHistoryChart(this))
    , m_equity(new EquityLiabilityChart(this))
    , m_members(new MemberCollateralChart(this))
    , m_triggerTab(new QWidget(this))
    , m_triggerAsset(new QComboBox(m_triggerTab))
    , m_triggers(new TriggerHistoryChart(m_triggerTab))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_status(new SelectableLabel(this)) {
    setObjectName(QStringLiteral("historyPanel"));
    auto *bar = new QHBoxLayout;
    const std::pair<Range, QString> ranges[] = {{Range::Hour, tr("1 h")},
                                                {Range::Day, tr("24 h")},
                                                {Range::Week, tr("7 d")},
                                                {Range::Month, tr("30 d")},
                                                {Range::All, tr("All")}};
    const char *names[] = {"range1h", "range24h", "range7d", "range30d", "rangeAll"};
    int i = 0;
    for (const auto &[range, label] : ranges) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(names[i]));
        b->setText(label);
        b->setCheckable(true);
        b->setChecked(range == m_range);
        m_ranges->addButton(b, int(range));
        bar->addWidget(b);
        ++i;
    }
    m_ranges->setExclusive(true);
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    m_status->setObjectName(QStringLiteral("historyStatus"));
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    bar->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportCsv);

    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(m_ltv, tr("LTV"));
    m_tabs->addTab(m_equity, tr("Net equity and liability"));
    m_tabs->addTab(m_members, tr("Collateral by member"));
    {
        // One asset at a time: BTC and SOL prices share no useful scale.
        m_triggerAsset->setObjectName(QStringLiteral("triggerAsset"));
        m_triggerAsset->setAccessibleName(tr("Asset"));
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Asset:"), m_triggerTab));
        row->addWidget(m_triggerAsset);
        row->addStretch(1);
        auto *tab = new QVBoxLayout(m_triggerTab);
        tab->setContentsMargins(0, 0, 0, 0);
        tab->addLayout(row);
        tab->addWidget(m_triggers, 1);
        connect(m_triggerAsset, &QComboBox::currentTextChanged, m_triggers,
                &TriggerHistoryChart::setAsset);
    }
    m_tabs->addTab(m_triggerTab, tr("Trigger prices"));
    // The per-member series and the trigger prices are read only while shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_members || m_tabs->currentWidget() == m_triggerTab)
            reload();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    for (HistoryChartView *chart :
         {static_cast<HistoryChartView *>(m_ltv), static_cast<HistoryChartView *>(m_equity),
          static_cast<HistoryChartView *>(m_members), static_cast<HistoryChartView *>(m_triggers)})
        connect(chart, &HistoryChartView::windowChanged, this, &HistoryPanel::showWindow);
    // New samples arrive every few seconds per unit. The chart draws about one bucket per pixel
    // column, so a sample changes at most the last column until a column's worth of time has
    // passed: the live chart is redrawn once per column (every poll on "1 h", about once a
    // minute on "24 h" and longer), never more than once a second. Re-querying and rebuilding
    // a day of buckets on every 5 s poll was most of an idle desk's CPU.
    m_liveThrottle.setSingleShot(true);
    connect(&m_liveThrottle, &QTimer::timeout, this, &HistoryPanel::reload);
    connect(store, &HistoryStore::sampleAdded, this, [this](qint64 groupId, qint64) {
        if (groupId == m_groupId && m_live && !m_liveThrottle.isActive())
            m_liveThrottle.start(liveRedrawMs());
    });
    connect(store, &HistoryStore::statusChanged, this, &HistoryPanel::showStatus);
    connect(state, &MonitorState::updated, this, [this] {
        const LtvBands bands = m_state->bands(m_groupId);
        m_ltv->setBands(bands);
        // A band crossing is recorded with this poll's sample: its marker shows at once.
        const UnitStatus *s = m_state->unit(m_groupId);
        const int band = s ? int(bands.classify(s->unit.computedLtv())) : -1;
        if (std::exchange(m_shownBand, band) != band && s)
            eventsStored();
    });
    showStatus(store->status());
}

QString HistoryPanel::statusText(const StorageStatus &s) {
    switch (s.kind) {
    case StorageStatus::Kind::Closed:
        return tr("History: opening…");
    case StorageStatus::Kind::Ok:
        return s.backend == QLatin1String("postgresql") ? tr("Recording to the team database")
                                                        : tr("Recording history on this computer");
    case StorageStatus::Kind::RecoveredCorrupt:
        return tr("The history file was damaged and set aside (%1); recording into a new one")
            .arg(s.movedTo);
    case StorageStatus::Kind::TooNew:
        return tr("The history was written by a newer LoanDesk; not recording (file left as is)");
    case StorageStatus::Kind::OpenFailed:
        return tr("History is not being recorded: %1").arg(s.detail);
    case StorageStatus::Kind::WriteFailed:
        return tr("Could not record the last sample: %1").arg(s.detail);
    case StorageStatus::Kind::TeamUnavailable:
        return tr("Team database unavailable; recording on this computer until it is back");
    }
    return {};
}

void HistoryPanel::showStatus(const StorageStatus &status) {
    m_status->setText(statusText(status));
    m_status->setToolTip(status.detail.isEmpty() ? status.location
                                                 : status.location + u'\n' + status.detail);
    m_export->setEnabled(status.isRecording());
    reload();
}

int HistoryPanel::liveRedrawMs() const {
    const HistorySeries &shown = m_ltv->series();
    const qint64 span = m_range == Range::All ? shown.toMs - shown.fromMs : rangeMs();
    const int buckets = std::clamp(m_ltv->width(), 200, 1600); // as request() asks
    return int(std::clamp<qint64>(span / buckets, 1000, 60'000));
}

void HistoryPanel::eventsStored() {
    // Sooner than the column cadence, still at most once a second.
    if (m_live && (!m_liveThrottle.isActive() || m_liveThrottle.remainingTime() > 1000))
        m_liveThrottle.start(1000);
}

void HistoryPanel::setGroupId(qint64 groupId) {
    m_groupId = groupId;
    m_ltv->setBands(m_state->bands(groupId));
    setRange(m_range);
}

qint64 HistoryPanel::rangeMs() const {
    switch (m_range) {
    case Range::Hour:
        return 3'600'000;
    case Range::Day:
        return 86'400'000;
    case Range::Week:
        return 7 * 86'400'000LL;
    case Range::Month:
        return 30 * 86'400'000LL;
    case Range::All:
        break;
    }
    return 0;
}

void HistoryPanel::setRange(Range range) {
    m_range = range;
    if (QAbstractButton *b = m_ranges->button(int(range)))
        b->setChecked(true);
    m_live = true;
    reload();
}

void HistoryPanel::showWindow(qint64 fromMs, qint64 toMs) {
    m_live = false;
    m_windowFrom = fromMs;
    m_windowTo = toMs;
    request(fromMs, toMs);
}

void HistoryPanel::reload() {
    if (!m_live) {
        request(m_windowFrom, m_windowTo);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    request(m_range == Range::All ? std::numeric_limits<qint64>::min() : now - rangeMs(), now);
}

void HistoryPanel::request(qint64 fromMs, qint64 toMs) {
    if (m_inFlight) {
        m_dirty = true; // one query at a time; the latest wish is served next
        return;
    }
    m_inFlight = true;
    // About one bucket per pixel of plot: the finest detail the screen can show.
    const int buckets = std::clamp(m_ltv->width(), 200, 1600);
    m_store->requestSeries(m_groupId, fromMs, toMs, buckets, this,
                           [this, buckets](HistorySeries series) {
                               // Hourly interest charges would bury the other markers.
                               series.events.removeIf([](const HistoryEvent &e) {
                                   return e.kind == HistoryEvent::Kind::Interest;
                               });
                               m_ltv->setSeries(series);
                               m_equity->setSeries(series);
                               Q_EMIT loaded();
                               if (m_tabs->currentWidget() == m_members)
                                   requestMembers(series, buckets);
                               else if (m_tabs->currentWidget() == m_triggerTab)
                                   requestTriggers(series, buckets);
                               else
                                   finishRequest();
                           });
}

void HistoryPanel::requestMembers(const HistorySeries &series, int buckets) {
    m_store->requestMemberSeries(series.groupId, series.fromMs, series.toMs, buckets, this,
                                 [this, events = series.events](const HistoryMemberSeries &m) {
                                     m_members->setMemberSeries(m, events);
                                     Q_EMIT membersLoaded();
                                     finishRequest();
                                 });
}

void HistoryPanel::requestTriggers(const HistorySeries &series, int buckets) {
    m_store->requestTriggerSeries(series.groupId, series.fromMs, series.toMs + 1, buckets, this,
                                  [this, series](const HistoryTriggerSeries &t) {
                                      m_triggers->setTriggerSeries(t, series);
                                      QStringList shown;
                                      for (int i = 0; i < m_triggerAsset->count(); ++i)
                                          shown << m_triggerAsset->itemText(i);
                                      const QSignalBlocker block(m_triggerAsset);
                                      if (shown != t.assets) {
                                          m_triggerAsset->clear();
                                          m_triggerAsset->addItems(t.assets);
                                      }
                                      m_triggerAsset->setCurrentText(m_triggers->asset());
                                      Q_EMIT triggersLoaded();
                                      finishRequest();
                                  });
}

void HistoryPanel::finishRequest() {
    m_inFlight = false;
    if (m_dirty) {
        m_dirty = false;
        reload();
    }
}

void HistoryPanel::setMaskEmails(bool mask) {
    m_members->setMaskEmails(mask);
}

void HistoryPanel::exportCsv() {
    const HistorySeries &shown = m_ltv->series();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history as CSV"),
        dir + QStringLiteral("/loandesk-history-%1.csv").arg(m_groupId), tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    m_store->exportCsv(m_groupId, shown.fromMs, shown.toMs + 1, path, this,
                       [this, path](bool ok, const QString &error) {
                           m_status->setText(ok ? tr("History exported to %1").arg(path)
                                                : tr("Export failed: %1").arg(error));
                       });
}

} // namespace loandesk
