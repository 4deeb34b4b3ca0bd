// The history panel as a treasurer sees it, offscreen: a day of generated history with a gap
// and a one-sample spike. Gaps are shaded and break the line, the band lines are drawn at the
// unit's thresholds, the spike is drawn at its full height, and the readout names the time
// zone. Renders history.png into $LOANDESK_SCREENSHOT_DIR (or a temporary directory).
#include "charts/equityliabilitychart.h"
#include "charts/historypanel.h"
#include "charts/ltvhistorychart.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"
#include "storage/historydatabase.h"
#include "storage/historystore.h"
#include "testhelpers.h"

#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace loandesk;

namespace {

constexpr qint64 Step = 5000;
constexpr qint64 GroupId = 42;

struct Generated {
    qint64 gapFrom = 0;
    qint64 gapTo = 0;
    qint64 spikeAt = 0;
    double spike = 0.93;
};

// 24 h ending now: LTV drifting around 0.6–0.75, a 90-minute gap, a single-sample spike to
// 0.93, and band crossings as events.
Generated generate(const QString &path) {
    Generated g;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 24 * 3'600'000LL;
    g.gapFrom = start + 9 * 3'600'000LL;
    g.gapTo = g.gapFrom + 90 * 60'000LL;
    g.spikeAt = start + 16 * 3'600'000LL;
    HistoryDatabase db(QStringLiteral("generate"));
    db.open(StorageLocation::sqlite(path));
    for (qint64 t = start; t < now; t += Step) {
        if (t > g.gapFrom && t < g.gapTo)
            continue;
        const double h = double(t - start) / 3'600'000.0;
        double ltv = 0.66 + 0.07 * std::sin(h / 3.0) + 0.02 * std::sin(h * 2.1);
        if (t >= g.spikeAt && t < g.spikeAt + Step)
            ltv = g.spike;
        HistorySample s;
        s.groupId = GroupId;
        s.fetchedMs = s.untilMs = t;
        s.exchangeMs = t - 120;
        s.liability = Decimal::fromInt(1'500'000);
        s.maintenanceMargin = Decimal::fromInt(20'000);
        const auto l = Decimal::fromString(QString::number(ltv, 'f', 8)).value();
        s.ltvReported = l;
        s.ltvComputed = l;
        s.netEquity = s.liability.dividedBy(l, 8) + s.maintenanceMargin;
        db.append(s);
    }
    db.recordEvent({GroupId, g.spikeAt, g.spikeAt, HistoryEvent::Kind::BandCrossing,
                    QStringLiteral("normal>margin_call")});
    db.recordEvent({GroupId, g.spikeAt + Step, g.spikeAt + Step, HistoryEvent::Kind::BandCrossing,
                    QStringLiteral("margin_call>normal")});
    return g;
}

QList<QLineSeries *> named(QChart *chart, const QString &name) {
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == name)
            out << qobject_cast<QLineSeries *>(s);
    }
    return out;
}

} // namespace

class TestHistoryChart final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shots;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        DisplayFormat::setZone(DisplayFormat::Zone::Utc);
        m_shots =
            qEnvironmentVariable("LOANDESK_SCREENSHOT_DIR",
                                 QDir::tempPath() + QStringLiteral("/loandesk-ui-screenshots"));
        QDir().mkpath(m_shots);
    }

    void panelShowsGapsBandsAndSpike() {
        const QString path = m_dir.filePath(QStringLiteral("history.sqlite"));
        const Generated g = generate(path);
        HistoryStore store;
        store.open(StorageLocation::sqlite(path));
        // Writing the day of samples can take over 30 s on a loaded machine; the time between
        // its last sample and the panel's "now" must not count as a second gap.
        store.setGapMs(10 * 60'000);
        MonitorState state;
        HistoryPanel panel(&store, &state);
        panel.resize(1280, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy loaded(&panel, &HistoryPanel::loaded);
        panel.setGroupId(GroupId);
        QTRY_VERIFY(!loaded.isEmpty() && !panel.ltvChart()->series().buckets.isEmpty());
        QTRY_VERIFY(!panel.isLoading());

        LtvHistoryChart *chart = panel.ltvChart();
        QChart *c = chart->chart();
        // The gap is shaded…
        QCOMPARE(chart->gapAreas().size(), 1);
        auto *area = qobject_cast<QAreaSeries *>(chart->gapAreas().first());
        QVERIFY(area);
        QVERIFY(std::abs(area->upperSeries()->at(0).x() - double(g.gapFrom)) < 2 * Step);
        QVERIFY(std::abs(area->upperSeries()->at(1).x() - double(g.gapTo)) < 2 * Step);
        // …and no LTV line crosses it.
        const QList<QLineSeries *> ltv = named(c, QStringLiteral("ltv"));
        QCOMPARE(ltv.size(), 2);
        double top = 0;
        for (QLineSeries *line : ltv) {
            for (const QPointF &p : line->points()) {
                QVERIFY(p.x() <= double(g.gapFrom) + Step || p.x() >= double(g.gapTo) - Step);
                top = std::max(top, p.y());
            }
        }
        QCOMPARE(top, g.spike); // one 5-second sample in a bucket of ~54 s still shows
        // Band lines at the thresholds.
        const LtvBands bands;
        const std::pair<const char *, Decimal> levels[] = {{"band-warning", bands.warning},
                                                           {"band-above_initial", bands.initial},
                                                           {"band-margin_call", bands.marginCall},
                                                           {"band-liquidation", bands.liquidation}};
        for (const auto &[name, level] : levels) {
            const QList<QLineSeries *> line = named(c, QLatin1String(name));
            QCOMPARE(line.size(), 1);
            QCOMPARE(line.first()->at(0).y(), level.toDouble());
        }
        // Event markers and the hover readout.
        QVERIFY(chart->legendText().contains(QLatin1String("Margin call 90.00 %")));
        QVERIFY(chart->legendText().contains(QLatin1String("No data")));
        QVERIFY(!named(c, QStringLiteral("events")).isEmpty() ||
                c->series().constLast()->objectName() == QLatin1String("events"));
        chart->showReadoutAt(g.spikeAt);
        QVERIFY(chart->readoutText().contains(QLatin1String("UTC")));
        QVERIFY(chart->readoutText().contains(QLatin1String("93.00 %")));
        QVERIFY(chart->readoutText().contains(QLatin1String("Liability 1,500,000")));
        QVERIFY(
            chart->readoutText().contains(QString::fromUtf8("Band changed: Normal → Margin call")));

        const QImage shot = panel.grab().toImage();
        QVERIFY(shot.save(m_shots + QStringLiteral("/history.png")));
        panel.tabs()->setCurrentWidget(panel.equityChart());
        // Built when its tab is shown (range changes only redraw the shown chart): both lines,
        // broken at the gap, and the gap shaded.
        QCOMPARE(named(panel.equityChart()->chart(), QStringLiteral("netEquity")).size(), 2);
        QCOMPARE(named(panel.equityChart()->chart(), QStringLiteral("liability")).size(), 2);
        QCOMPARE(panel.equityChart()->gapAreas().size(), 1);
        QVERIFY(panel.grab().toImage().save(m_shots + QStringLiteral("/history-equity.png")));
        panel.tabs()->setCurrentWidget(chart);

        // Range buttons re-query; "All" starts at the first sample.
        loaded.clear();
        QTest::mouseClick(panel.findChild<QToolButton *>(QStringLiteral("range1h")),
                          Qt::LeftButton);
        QTRY_VERIFY(!loaded.isEmpty());
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY(chart->series().toMs - chart->series().fromMs <= 3'600'000);
        loaded.clear();
        QTest::mouseClick(panel.findChild<QToolButton *>(QStringLiteral("rangeAll")),
                          Qt::LeftButton);
        QTRY_VERIFY(!loaded.isEmpty());
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY(chart->series().toMs - chart->series().fromMs > 23 * 3'600'000LL);
    }

    void emptyHistoryStillShowsBands() {
        HistoryStore store;
        store.open(StorageLocation::sqlite(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        MonitorState state;
        HistoryPanel panel(&store, &state);
        panel.resize(900, 500);
        QSignalSpy loaded(&panel, &HistoryPanel::loaded);
        panel.setGroupId(1);
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(named(panel.ltvChart()->chart(), QStringLiteral("band-liquidation")).size(), 1);
        QVERIFY(panel.ltvChart()->gapAreas().isEmpty());
    }
};

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"
