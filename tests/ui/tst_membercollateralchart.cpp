// The history panel's "Collateral by member" tab, offscreen: one stacked area per member named
// by email (masked on request), values equal to the store's per-member net equity (wallets
// summed), decimated, the gap shaded with the stack dropping to zero; and the exchange's records
// as markers whose tooltip gives amount, asset and time with its zone. Renders
// history-members.png into $LOANDESK_SCREENSHOT_DIR (or a temporary directory).
#include "charts/historypanel.h"
#include "charts/ltvhistorychart.h"
#include "charts/membercollateralchart.h"
#include "charts/seriespalette.h"

#include "models/collateraltreemodel.h"
#include "models/displayformat.h"
#include "monitor/monitorstate.h"
#include "storage/historydatabase.h"
#include "storage/historystore.h"
#include "testhelpers.h"

#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace loandesk;

namespace {

constexpr qint64 Step = 5000;
constexpr qint64 GroupId = 77;
const QStringList Emails{QStringLiteral("credit.desk@fund.example"),
                         QStringLiteral("collateral01@fund.example"),
                         QStringLiteral("collateral02@fund.example")};

struct Generated {
    qint64 start = 0;
    qint64 gapFrom = 0;
    qint64 gapTo = 0;
    qint64 borrowAt = 0;
    qint64 liquidationAt = 0;
    int samples = 0;
};

// Two hours ending now with a 20-minute gap; the credit member has two wallets.
Generated generate(const QString &path) {
    Generated g;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    g.start = now - 2 * 3'600'000LL;
    g.gapFrom = g.start + 50 * 60'000LL;
    g.gapTo = g.gapFrom + 20 * 60'000LL;
    HistoryDatabase db(QStringLiteral("generate"));
    db.open(StorageLocation::sqlite(path));
    int i = 0;
    for (qint64 t = g.start; t < now; t += Step, ++i) {
        if (t > g.gapFrom && t < g.gapTo)
            continue;
        HistorySample s;
        s.groupId = GroupId;
        s.fetchedMs = s.untilMs = t;
        s.exchangeMs = t - 100;
        const Decimal pm = Decimal::fromInt(400'000 + i * 7);
        const Decimal spot = dec("25000.12345678");
        const Decimal c1 = Decimal::fromInt(300'000 - i * 3);
        const Decimal c2 = Decimal::fromInt(150'000 + (i % 50) * 11);
        const auto wallet = [](int member, const char *role, const char *kind, Decimal v) {
            return HistorySample::Member{Emails.at(member), QLatin1String(role),
                                         QLatin1String(kind), v, Decimal::fromInt(0)};
        };
        s.members = {wallet(0, "CREDIT", "PORTFOLIO_MARGIN", pm), wallet(0, "CREDIT", "SPOT", spot),
                     wallet(1, "COLLATERAL", "SPOT", c1), wallet(2, "COLLATERAL", "SPOT", c2)};
        s.netEquity = pm + spot + c1 + c2;
        s.liability = Decimal::fromInt(500'000);
        s.maintenanceMargin = Decimal::fromInt(0);
        s.ltvReported = s.liability.dividedBy(s.netEquity, 8);
        s.ltvComputed = s.ltvReported;
        db.append(s);
        ++g.samples;
    }
    g.borrowAt = g.start + 30 * 60'000LL;
    g.liquidationAt = g.start + 90 * 60'000LL;
    db.recordEvent({GroupId, g.borrowAt, g.borrowAt, HistoryEvent::Kind::Borrow,
                    QStringLiteral("tx=9001;asset=USDT;amount=1200000")});
    db.recordEvent({GroupId, g.liquidationAt, g.liquidationAt + 60'000,
                    HistoryEvent::Kind::Liquidation,
                    QStringLiteral("asset=USDT;amount=16667.926;startLtv=0.9998;netEquity=1")});
    db.recordEvent({GroupId, g.start + 3'600'000, g.start + 3'600'000, HistoryEvent::Kind::Interest,
                    QStringLiteral("asset=USDT;amount=7.1")});
    return g;
}

QList<QAreaSeries *> memberAreas(QChart *chart) {
    QList<QAreaSeries *> out;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String("member"))
            out << qobject_cast<QAreaSeries *>(s);
    }
    return out;
}

QAbstractSeries *seriesNamed(QChart *chart, const QString &name) {
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == name)
            return s;
    }
    return nullptr;
}

} // namespace

class TestMemberCollateralChart final : public QObject {
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

    void stackedAreaPerMemberMatchesTheStore() {
        const QString path = m_dir.filePath(QStringLiteral("members.sqlite"));
        const Generated g = generate(path);
        HistoryStore store;
        store.open(StorageLocation::sqlite(path));
        MonitorState state;
        HistoryPanel panel(&store, &state);
        panel.resize(1100, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy members(&panel, &HistoryPanel::membersLoaded);
        panel.setGroupId(GroupId);
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY(members.isEmpty()); // not read while its tab is hidden
        panel.tabs()->setCurrentWidget(panel.memberChart());
        QTRY_VERIFY(!members.isEmpty());
        QTRY_VERIFY(!panel.isLoading());

        MemberCollateralChart *chart = panel.memberChart();
        const HistoryMemberSeries &shown = chart->memberSeries();
        // One series per member, in the exchange's order, named by email in the legend.
        const QList<QAreaSeries *> areas = memberAreas(chart->chart());
        QCOMPARE(areas.size(), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(areas.at(k)->name(), Emails.at(k));
            QCOMPARE(areas.at(k)->borderColor(), SeriesPalette::line(k, false));
            QVERIFY(chart->legendText().contains(Emails.at(k)));
        }
        // Decimated by the store: far fewer points than samples.
        QVERIFY(shown.buckets.size() > 50);
        QVERIFY(shown.buckets.size() < g.samples / 2);

        // Every bucket's values are its last sample's per-member sums, exactly.
        HistoryDatabase db(QStringLiteral("check"));
        QCOMPARE(db.open(StorageLocation::sqlite(path)).kind, StorageStatus::Kind::Ok);
        QHash<qint64, HistorySample> byTime;
        for (const HistorySample &s : db.samples(GroupId, g.start, g.start + 3 * 3'600'000LL))
            byTime.insert(s.fetchedMs, s);
        double highest = 0;
        for (const HistoryMemberSeries::Bucket &b : shown.buckets) {
            QVERIFY(byTime.contains(b.lastMs));
            const HistorySample &s = byTime.value(b.lastMs);
            QList<Decimal> expected(3, Decimal::fromInt(0));
            for (const HistorySample::Member &m : s.members)
                expected[Emails.indexOf(m.email)] += m.netEquity;
            QCOMPARE(b.netEquity, expected);
            highest = std::max(highest, s.netEquity.toDouble());
        }
        // The top of the stack is the unit's total; the bottom area is the first member alone.
        double top = 0;
        for (const QPointF &p : areas.last()->upperSeries()->points())
            top = std::max(top, p.y());
        QCOMPARE(top, highest);
        QVERIFY(areas.first()->lowerSeries() == nullptr);

        // The gap is shaded and the stack is empty inside it, not a flat line across.
        QCOMPARE(chart->gapAreas().size(), 1);
        for (const QPointF &p : areas.last()->upperSeries()->points()) {
            if (p.x() > double(g.gapFrom) + Step && p.x() < double(g.gapTo) - Step)
                QCOMPARE(p.y(), 0.0);
        }
        // The readout lists each member and the total.
        chart->showReadoutAt(shown.buckets.last().lastMs);
        QVERIFY(chart->readoutText().contains(Emails.at(1) + QStringLiteral(": ")));
        QVERIFY(chart->readoutText().contains(QLatin1String("Total ")));
        QVERIFY(chart->readoutText().contains(QLatin1String("UTC")));
        QVERIFY(panel.grab().toImage().save(m_shots + QStringLiteral("/history-members.png")));

        // On a dark background the areas take the palette's dark set.
        QPalette darkPalette = panel.palette();
        darkPalette.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        darkPalette.setColor(QPalette::Window, QColor(0x2A, 0x2A, 0x2A));
        darkPalette.setColor(QPalette::WindowText, QColor(0xE0, 0xE0, 0xE0));
        darkPalette.setColor(QPalette::Text, QColor(0xE0, 0xE0, 0xE0));
        darkPalette.setColor(QPalette::Button, QColor(0x2A, 0x2A, 0x2A));
        darkPalette.setColor(QPalette::ButtonText, QColor(0xE0, 0xE0, 0xE0));
        panel.setPalette(darkPalette);
        QTRY_COMPARE(memberAreas(chart->chart()).first()->borderColor(),
                     SeriesPalette::line(0, true));
        QVERIFY(panel.grab().toImage().save(m_shots + QStringLiteral("/history-members-dark.png")));

        // Masked like the dashboard: no full address left in the legend.
        panel.setMaskEmails(true);
        for (int k = 0; k < 3; ++k) {
            QVERIFY(!chart->legendText().contains(Emails.at(k)));
            QCOMPARE(memberAreas(chart->chart()).at(k)->name(),
                     CollateralTreeModel::maskEmail(Emails.at(k)));
        }
        QVERIFY(chart->legendText().contains(QLatin1String("co***01@f***.example")));

        // A narrow window: the legend wraps inside the chart instead of running off its edges.
        panel.setMaskEmails(false);
        panel.resize(panel.minimumSizeHint().width(), 560);
        QTRY_VERIFY(chart->width() < 800);
        const auto *legend = chart->findChild<QLabel *>(QStringLiteral("historyLegend"));
        QVERIFY(legend);
        QTRY_VERIFY(legend->geometry().left() >= 0 && legend->geometry().right() <= chart->width());
        QVERIFY(legend->height() > 2 * legend->fontMetrics().height());
        QVERIFY(chart->chart()->plotArea().bottom() < legend->geometry().top());
        QVERIFY(
            panel.grab().toImage().save(m_shots + QStringLiteral("/history-members-narrow.png")));
    }

    void recordMarkersTellAmountAssetAndTime() {
        const QString path = m_dir.filePath(QStringLiteral("markers.sqlite"));
        const Generated g = generate(path);
        HistoryStore store;
        store.open(StorageLocation::sqlite(path));
        MonitorState state;
        HistoryPanel panel(&store, &state);
        panel.resize(1100, 560);
        QSignalSpy loaded(&panel, &HistoryPanel::loaded);
        panel.setGroupId(GroupId);
        QTRY_VERIFY(!loaded.isEmpty());
        QTRY_VERIFY(!panel.isLoading());
        LtvHistoryChart *chart = panel.ltvChart();
        auto *borrows = qobject_cast<QScatterSeries *>(
            seriesNamed(chart->chart(), QStringLiteral("borrowEvents")));
        auto *liquidations = qobject_cast<QScatterSeries *>(
            seriesNamed(chart->chart(), QStringLiteral("liquidationEvents")));
        QVERIFY(borrows && liquidations);
        QCOMPARE(borrows->count(), 1);
        QCOMPARE(qint64(borrows->at(0).x()), g.borrowAt);
        QCOMPARE(liquidations->count(), 1);
        const QString borrowTip = chart->eventsAt(g.borrowAt);
        QVERIFY2(borrowTip.contains(QLatin1String("Borrowed 1,200,000.00 USDT")),
                 qPrintable(borrowTip));
        QVERIFY(borrowTip.contains(
            DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(g.borrowAt, QTimeZone::utc()))));
        QVERIFY(borrowTip.contains(QLatin1String("UTC")));
        QVERIFY(borrowTip.contains(QLatin1String("9001")));
        const QString liquidationTip = chart->eventsAt(g.liquidationAt);
        QVERIFY2(liquidationTip.contains(QLatin1String("Forced liquidation")),
                 qPrintable(liquidationTip));
        QVERIFY2(liquidationTip.contains(QLatin1String("16,667.93 USDT")), // USDT: 2 places
                 qPrintable(liquidationTip));
        QVERIFY(chart->legendText().contains(QLatin1String("Borrow")));
        // Hourly interest stays off the chart.
        for (const HistoryEvent &e : chart->series().events)
            QVERIFY(e.kind != HistoryEvent::Kind::Interest);
    }

    void paletteReadsOnLightAndDark() {
        const QColor light(Qt::white);
        const QColor dark(0x20, 0x20, 0x20);
        for (int k = 0; k < SeriesPalette::size(); ++k) {
            QVERIFY(std::abs(SeriesPalette::line(k, false).lightness() - light.lightness()) > 60);
            QVERIFY(std::abs(SeriesPalette::line(k, true).lightness() - dark.lightness()) > 60);
            QCOMPARE(SeriesPalette::line(k + SeriesPalette::size(), true),
                     SeriesPalette::line(k, true));
        }
    }
};

QTEST_MAIN(TestMemberCollateralChart)
#include "tst_membercollateralchart.moc"
