// The history dock's Trigger prices tab as a treasurer sees it, offscreen: two hours in which BTC
// falls while the price that brings the unit to margin call rises (the cushion shrinks), and ETH,
// which alone cannot reach margin call for a while. Renders trigger-history.png into
// $LOANDESK_SCREENSHOT_DIR (or a temporary directory).
#include "charts/historypanel.h"
#include "charts/triggerhistorychart.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"
#include "storage/historydatabase.h"
#include "storage/historystore.h"
#include "testhelpers.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace loandesk;

namespace {

constexpr qint64 Step = 60'000;
constexpr qint64 GroupId = 43;
constexpr int Minutes = 120;

QList<QLineSeries *> named(QChart *chart, const QString &name) {
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            out << qobject_cast<QLineSeries *>(s);
    return out;
}

} // namespace

class TestTriggerHistoryChart final : public QObject {
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

    void cushionShrinksAndUnreachableBreaksTheLine() {
        const QString path = m_dir.filePath(QStringLiteral("history.sqlite"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - Minutes * Step;
        {
            HistoryDatabase db(QStringLiteral("generate"));
            QVERIFY(db.open(StorageLocation::sqlite(path)).isRecording());
            db.setGapMs(10 * 60'000); // a sample a minute is continuous here
            QList<HistoryTriggerSample> triggers;
            for (int i = 0; i < Minutes; ++i) {
                const qint64 t = start + i * Step;
                HistorySample s;
                s.groupId = GroupId;
                s.fetchedMs = s.untilMs = t;
                s.exchangeMs = t - 100;
                s.ltvReported = dec("0.6");
                s.ltvComputed = dec("0.6");
                s.netEquity = dec("1000000");
                s.maintenanceMargin = dec("0");
                s.liability = dec("600000");
                QVERIFY(db.append(s) != HistoryDatabase::AppendResult::Failed);
                HistoryTriggerSample btc;
                btc.groupId = GroupId;
                btc.timeMs = t;
                btc.asset = QStringLiteral("BTC");
                btc.priceUsd = Decimal::fromInt(90'000 - 100 * i);  // 90,000 → 78,100
                btc.marginCall = Decimal::fromInt(70'000 + 20 * i); // 70,000 → 72,380
                btc.liquidation = Decimal::fromInt(60'000 + 20 * i);
                HistoryTriggerSample eth = btc;
                eth.asset = QStringLiteral("ETH");
                eth.priceUsd = Decimal::fromInt(3'500);
                eth.marginCall = Decimal::fromInt(2'000);
                eth.liquidation = std::nullopt;
                if (i >= 40 && i < 80)
                    eth.marginCall = std::nullopt; // ETH alone could not reach it then
                triggers << btc << eth;
            }
            QVERIFY(db.appendTriggers(triggers));
        }
        HistoryStore store;
        store.open(StorageLocation::sqlite(path));
        store.setGapMs(10 * 60'000);
        MonitorState state;
        HistoryPanel panel(&store, &state);
        panel.resize(1280, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setGroupId(GroupId);
        panel.setRange(HistoryPanel::Range::All); // two hours: every sample has its own bucket
        QSignalSpy triggersLoaded(&panel, &HistoryPanel::triggersLoaded);
        panel.tabs()->setCurrentIndex(panel.tabs()->count() - 1);
        QCOMPARE(panel.tabs()->tabText(panel.tabs()->currentIndex()),
                 QStringLiteral("Trigger prices"));
        QTRY_VERIFY(!triggersLoaded.isEmpty());
        QTRY_VERIFY(!panel.isLoading());

        QComboBox *assets = panel.triggerAssets();
        QCOMPARE(assets->count(), 2);
        QCOMPARE(assets->currentText(), QStringLiteral("BTC"));
        TriggerHistoryChart *chart = panel.triggerChart();
        QChart *c = chart->chart();
        const QList<QLineSeries *> price = named(c, QStringLiteral("BTC price"));
        QCOMPARE(price.size(), 1);
        QCOMPARE(price.first()->count(), Minutes);
        QCOMPARE(price.first()->at(0).y(), 90'000.0);
        QCOMPARE(price.first()->at(Minutes - 1).y(), 78'100.0);
        const QList<QLineSeries *> marginCall = named(c, QStringLiteral("Margin call"));
        QCOMPARE(marginCall.size(), 1);
        QCOMPARE(marginCall.first()->at(Minutes - 1).y(), 72'380.0);
        // Nothing recorded for warning: no line at all rather than a line at zero.
        QVERIFY(named(c, QStringLiteral("Warning")).isEmpty());
        chart->showReadoutAt(start + (Minutes - 1) * Step);
        QVERIFY2(chart->readoutText().contains(QStringLiteral("72,380.00 (\u22127.3 %)")),
                 qPrintable(chart->readoutText()));
        QVERIFY(chart->grab().save(m_shots + QStringLiteral("/trigger-history.png")));

        // ETH: its margin-call line breaks where ETH alone could not reach it.
        assets->setCurrentText(QStringLiteral("ETH"));
        QTRY_COMPARE(chart->asset(), QStringLiteral("ETH"));
        const QList<QLineSeries *> ethMarginCall = named(c, QStringLiteral("Margin call"));
        QCOMPARE(ethMarginCall.size(), 2);
        QCOMPARE(ethMarginCall.at(0)->count() + ethMarginCall.at(1)->count(), Minutes - 40);
        QVERIFY(named(c, QStringLiteral("Liquidation")).isEmpty());
    }
};

QTEST_MAIN(TestTriggerHistoryChart)
#include "tst_triggerhistorychart.moc"
