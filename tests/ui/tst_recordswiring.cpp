// The records poller as the app wires it: a main window on the simulator reads the exchange's
// records into its history (a borrow appears as a marker on the LTV chart), and a forced
// liquidation found by the poller reaches the window's alert log once.
#include "../integration/simfixture.h"
#include "testhelpers.h"

#include "alertdelivery/alerttext.h"
#include "alerts/alertcenter.h"
#include "alerts/alertengine.h"
#include "charts/historypanel.h"
#include "charts/ltvhistorychart.h"
#include "desk/desk.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/pollscheduler.h"
#include "recording/recordspoller.h"
#include "settings/settingsservice.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "storage/historystore.h"

#include <QFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtTest>

#include <memory>

using namespace loandesk;
using namespace loandesk::test;

// A main window on the simulator with one unit's credit key, opened the way LoanDesk opens
// one (settings read once, then Launcher and DeskOpener), under the label "records-test".
struct DeskWindow {
    DeskWindow(SimFixture &sim, qint64 groupId) {
        settings.load();
        launcher = std::make_unique<Launcher>(CommandLine{}, &settings);
        window =
            launcher->windows()->open({sim.exchange().baseUrl(),
                                       sim.exchange().parentCredentials(),
                                       u"records-test"_qs,
                                       DeskKind::Real,
                                       DeskOptions::Role::Window,
                                       std::nullopt,
                                       {{groupId, sim.exchange().creditCredentials(groupId)}}});
    }
    SettingsService settings;
    std::unique_ptr<Launcher> launcher; // deletes the window, and its desk, first
    MainWindow *window = nullptr;
};

class tst_RecordsWiring : public QObject {
    Q_OBJECT

    static int countEvents(const HistoryPanel *panel, HistoryEvent::Kind kind) {
        int n = 0;
        for (const HistoryEvent &e : panel->ltvChart()->series().events)
            n += e.kind == kind;
        return n;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Alert>();
    }
    void init() {
        DisplayFormat::setZone(DisplayFormat::Zone::Utc);
        // A fresh history for the window's label, so only this run's records are in it.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(HistoryStore::defaultPath(QStringLiteral("records-test")) + suffix);
    }

    void borrowShowsOnTheHistoryChart() {
        SimFixture sim(QStringLiteral("calm"));
        auto credit = sim.credit(10001);
        QVERIFY(await<BorrowResult>([&](QObject *c, auto cb) {
                    credit->borrow({10001, QStringLiteral("USDT"), dec("4321")}, c, cb);
                }).ok());
        const DeskWindow opened(sim, 10001);
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<HistoryPanel *>();
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->groupId(), 10001, 10000);
        // The first records round follows the first LTV poll by a few seconds.
        QTRY_COMPARE_WITH_TIMEOUT(countEvents(panel, HistoryEvent::Kind::Borrow), 1, 20000);
        const QString tip = panel->ltvChart()->eventsAt([&] {
            for (const HistoryEvent &e : panel->ltvChart()->series().events) {
                if (e.kind == HistoryEvent::Kind::Borrow)
                    return e.timeMs;
            }
            return qint64(0);
        }());
        QVERIFY2(tip.contains(QLatin1String("4,321.00 USDT")), qPrintable(tip));
    }

    void failedRecordsRoundIsShown() {
        // The credit key was revoked: the dashboard keeps polling with the parent key, and the
        // status bar says the loan records are not being updated, and why.
        SimFixture sim(QStringLiteral("calm"));
        sim.exchange().revokeKey(sim.exchange().creditCredentials(10001).apiKey);
        const DeskWindow opened(sim, 10001);
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(
                                     QLatin1String("Loan records not updated:")),
                                 20000);
    }

    void forcedLiquidationAlertsOnce() {
        SimFixture sim(QStringLiteral("stressed"));
        const DeskWindow opened(sim, 20001);
        QVERIFY(opened.window);
        MainWindow &window = *opened.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AlertCenter *alerts = window.desk()->alerts();
        RecordsPoller *poller = window.desk()->records();
        QSignalSpy raised(alerts->engine(), &AlertEngine::alertRaised);
        QTRY_VERIFY_WITH_TIMEOUT(poller->rounds() >= 1, 20000);
        QTRY_VERIFY(!poller->isPolling());

        for (const char *asset : {"BTC", "ETH", "SOL", "BNB"}) {
            const QString name = QString::fromLatin1(asset);
            const Decimal price = sim.exchange().engine().market().price(name);
            sim.exchange().engine().setPrice(name, (price * dec("0.4")).rounded(8));
        }
        auto forced = [&raised] {
            int n = 0;
            for (const QList<QVariant> &args : std::as_const(raised))
                n += args.first().value<Alert>().kind == Alert::Kind::ForcedLiquidation;
            return n;
        };
        QVERIFY(poller->pollNow());
        QTRY_COMPARE_WITH_TIMEOUT(forced(), 1, 15000);
        // The alert names the unit, the LTV the liquidation started at and the time.
        for (const QList<QVariant> &args : std::as_const(raised)) {
            const Alert a = args.first().value<Alert>();
            if (a.kind != Alert::Kind::ForcedLiquidation)
                continue;
            const QString body = AlertText::body(a);
            QVERIFY2(body.contains(QLatin1String("20001")), qPrintable(body));
            QVERIFY2(body.contains(DisplayFormat::ltv(
                         sim.exchange().engine().unit(20001)->liquidations.first().startLtv)),
                     qPrintable(body));
            QVERIFY(body.contains(QLatin1String("UTC")));
        }
        QTRY_VERIFY(!poller->isPolling());
        QVERIFY(poller->pollNow());
        QTRY_VERIFY(!poller->isPolling());
        QCOMPARE(forced(), 1);
    }
};

QTEST_MAIN(tst_RecordsWiring)
#include "tst_recordswiring.moc"
