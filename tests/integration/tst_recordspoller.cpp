// The records poller against the simulator over loopback: the exchange's borrow, repay,
// interest and forced-liquidation records become history events exactly once — across repeated
// rounds and restarts, on SQLite and PostgreSQL — and a new forced liquidation alerts once.
#include "../unit/storage/storagebackends.h"
#include "simfixture.h"
#include "testhelpers.h"

#include "alerts/alertengine.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "recording/recordspoller.h"
#include "storage/historystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

class tst_RecordsPoller : public QObject {
    Q_OBJECT

    StorageBackends m_backends;

    std::optional<StorageLocation> location() {
        QFETCH_GLOBAL(bool, postgres);
        auto l = m_backends.fresh(postgres);
        if (!l)
            QTest::qSkip(qPrintable(StorageBackends::skipReason()), __FILE__, __LINE__);
        return l;
    }

    static bool syncClock(MonitorSession &session) {
        std::optional<ExchangeError> result;
        session.fetchOnce(std::nullopt, [&](ExchangeError e) { result = e; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && !result->isError();
    }

    static bool round(RecordsPoller &poller) {
        QSignalSpy finished(&poller, &RecordsPoller::roundFinished);
        poller.pollNow();
        if (!finished.wait(15000))
            return false;
        const auto error = finished.first().first().value<ExchangeError>();
        if (error.isError())
            qWarning("records round failed: %s", qPrintable(error.message));
        return !error.isError();
    }

    // A crash in every volatile collateral: the simulator liquidates a stressed unit at once.
    static void crashCollateral(SimFixture &sim) {
        for (const char *asset : {"BTC", "ETH", "SOL", "BNB"}) {
            const QString name = QString::fromLatin1(asset);
            const Decimal price = sim.exchange().engine().market().price(name);
            sim.exchange().engine().setPrice(name, (price * dec("0.4")).rounded(8));
        }
    }

    static int liquidationAlerts(const QSignalSpy &alerts) {
        int n = 0;
        for (const QList<QVariant> &args : alerts)
            n += args.first().value<Alert>().kind == Alert::Kind::ForcedLiquidation;
        return n;
    }

    static QList<HistoryEvent> eventsOf(HistoryStore &store, qint64 groupId,
                                        HistoryEvent::Kind kind, qint64 toMs) {
        bool flushed = false;
        QObject context;
        store.flush(&context, [&flushed] { flushed = true; });
        if (!QTest::qWaitFor([&] { return flushed; }, 10000))
            return {};
        std::optional<HistorySeries> series;
        store.requestSeries(groupId, toMs - 30 * 86'400'000LL, toMs, 10, &context,
                            [&series](const HistorySeries &s) { series = s; });
        if (!QTest::qWaitFor([&] { return series.has_value(); }, 10000))
            return {};
        QList<HistoryEvent> out;
        for (const HistoryEvent &e : series->events) {
            if (e.kind == kind)
                out.append(e);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Alert>();
        qRegisterMetaType<ExchangeError>();
    }
    void initTestCase_data() { StorageBackends::addColumns(); }

    void borrowAndRepayAreStoredOnce();
    void forcedLiquidationAlertsOnce();
    void oneRevokedKeyDoesNotStopTheOthers();
    void liquidationBeforeTheFirstStartAlerts();
};

void tst_RecordsPoller::borrowAndRepayAreStoredOnce() {
    const auto where = location();
    if (!where)
        return;
    SimFixture sim(QStringLiteral("calm"));
    const qint64 unit = 10001;
    auto credit = sim.credit(unit);
    const auto borrowed = await<BorrowResult>([&](QObject *c, auto cb) {
        credit->borrow({unit, QStringLiteral("USDT"), dec("1234.5")}, c, cb);
    });
    QVERIFY(borrowed.ok());
    const auto repaid = await<RepayResult>([&](QObject *c, auto cb) {
        credit->repay({unit, QStringLiteral("USDT"), dec("200"), RepayRequest::From::Margin}, c,
                      cb);
    });
    QVERIFY(repaid.ok());
    sim.exchange().advanceTime(2 * 3'600'000); // two interest hours

    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    session.setCreditCredentials(unit, sim.exchange().creditCredentials(unit));
    QVERIFY(syncClock(session));
    const qint64 horizon = sim.exchange().serverTimeMs() + 60'000;
    {
        HistoryStore store;
        store.open(*where);
        RecordsPoller poller(&session, &store);
        QVERIFY(round(poller));
        QVERIFY(round(poller)); // a second round reads the same rows again

        const QList<HistoryEvent> borrows =
            eventsOf(store, unit, HistoryEvent::Kind::Borrow, horizon);
        QCOMPARE(borrows.size(), 1);
        const auto fields = borrows.first().detailFields();
        QCOMPARE(fields.value(QStringLiteral("asset")), QStringLiteral("USDT"));
        QCOMPARE(dec(qPrintable(fields.value(QStringLiteral("amount")))), dec("1234.5"));
        QCOMPARE(fields.value(QStringLiteral("tx")), borrowed.value().transactionId);
        const QList<HistoryEvent> repays =
            eventsOf(store, unit, HistoryEvent::Kind::Repay, horizon);
        QCOMPARE(repays.size(), 1);
        QCOMPARE(dec(qPrintable(repays.first().detailFields().value(QStringLiteral("amount")))),
                 repaid.value().amount);
        QVERIFY(borrows.first().timeMs <= repays.first().timeMs);
        QVERIFY(eventsOf(store, unit, HistoryEvent::Kind::Interest, horizon).size() >= 2);
        QVERIFY(eventsOf(store, unit, HistoryEvent::Kind::Liquidation, horizon).isEmpty());
    }
    // A restart: a new store on the same database and a new poller resume, adding nothing.
    HistoryStore store;
    store.open(*where);
    const int interest = int(eventsOf(store, unit, HistoryEvent::Kind::Interest, horizon).size());
    RecordsPoller poller(&session, &store);
    QVERIFY(round(poller));
    QCOMPARE(eventsOf(store, unit, HistoryEvent::Kind::Borrow, horizon).size(), 1);
    QCOMPARE(eventsOf(store, unit, HistoryEvent::Kind::Repay, horizon).size(), 1);
    QCOMPARE(eventsOf(store, unit, HistoryEvent::Kind::Interest, horizon).size(), interest);
    // Units without a credit key are not read (the records need that key).
    QVERIFY(eventsOf(store, 10002, HistoryEvent::Kind::Interest, horizon).isEmpty());
}

void tst_RecordsPoller::forcedLiquidationAlertsOnce() {
    const auto where = location();
    if (!where)
        return;
    SimFixture sim(QStringLiteral("stressed"));
    const qint64 unit = 20001;
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    session.setCreditCredentials(unit, sim.exchange().creditCredentials(unit));
    QVERIFY(syncClock(session));
    AlertEngine engine(session.state());
    QSignalSpy alerts(&engine, &AlertEngine::alertRaised);
    qint64 horizon = 0;
    {
        HistoryStore store;
        store.open(*where);
        RecordsPoller poller(&session, &store);
        connect(&poller, &RecordsPoller::newForcedLiquidation, &engine,
                &AlertEngine::reportForcedLiquidation);
        QVERIFY(round(poller));
        QCOMPARE(liquidationAlerts(alerts), 0);

        crashCollateral(sim);
        QVERIFY(!sim.exchange().engine().unit(unit)->liquidations.isEmpty());
        horizon = sim.exchange().serverTimeMs() + 3'600'000;
        QVERIFY(round(poller));
        QCOMPARE(liquidationAlerts(alerts), 1);
        const Alert alert = [&] {
            for (const QList<QVariant> &args : std::as_const(alerts)) {
                const Alert a = args.first().value<Alert>();
                if (a.kind == Alert::Kind::ForcedLiquidation)
                    return a;
            }
            return Alert{};
        }();
        QCOMPARE(alert.groupId, unit);
        QVERIFY(alert.value.has_value());
        QCOMPARE(*alert.value, sim.exchange().engine().unit(unit)->liquidations.first().startLtv);
        QVERIFY(round(poller));
        QCOMPARE(liquidationAlerts(alerts), 1);
        const QList<HistoryEvent> stored =
            eventsOf(store, unit, HistoryEvent::Kind::Liquidation, horizon);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().timeMs,
                 sim.exchange().engine().unit(unit)->liquidations.first().startTimeMs);
        // The exchange repaid the loan from the collateral: FORCE_REPAY rows.
        QVERIFY(!eventsOf(store, unit, HistoryEvent::Kind::ForceRepay, horizon).isEmpty());
    }
    // Restarted: the liquidation is already in the history, so it is not announced again.
    HistoryStore store;
    store.open(*where);
    RecordsPoller poller(&session, &store);
    connect(&poller, &RecordsPoller::newForcedLiquidation, &engine,
            &AlertEngine::reportForcedLiquidation);
    QVERIFY(round(poller));
    QVERIFY(round(poller));
    QCOMPARE(liquidationAlerts(alerts), 1);
    QCOMPARE(eventsOf(store, unit, HistoryEvent::Kind::Liquidation, horizon).size(), 1);
}

void tst_RecordsPoller::oneRevokedKeyDoesNotStopTheOthers() {
    const auto where = location();
    if (!where)
        return;
    SimFixture sim(QStringLiteral("calm"));
    auto credit = sim.credit(10002);
    QVERIFY(await<BorrowResult>([&](QObject *c, auto cb) {
                credit->borrow({10002, QStringLiteral("USDC"), dec("777")}, c, cb);
            }).ok());
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    for (const qint64 unit : {10001, 10002})
        session.setCreditCredentials(unit, sim.exchange().creditCredentials(unit));
    QVERIFY(syncClock(session));
    sim.exchange().revokeKey(sim.exchange().creditCredentials(10001).apiKey);
    HistoryStore store;
    store.open(*where);
    RecordsPoller poller(&session, &store);
    QSignalSpy finished(&poller, &RecordsPoller::roundFinished);
    poller.pollNow();
    QVERIFY(finished.wait(15000));
    // The round says what failed…
    QVERIFY(finished.first().first().value<ExchangeError>().isError());
    // …and still read the unit whose key works.
    const qint64 horizon = sim.exchange().serverTimeMs() + 60'000;
    QCOMPARE(eventsOf(store, 10002, HistoryEvent::Kind::Borrow, horizon).size(), 1);
}

void tst_RecordsPoller::liquidationBeforeTheFirstStartAlerts() {
    // The unit was liquidated overnight, before this desk ever ran LoanDesk: the first round
    // must say so, once; a restart must not say it again.
    const auto where = location();
    if (!where)
        return;
    SimFixture sim(QStringLiteral("stressed"));
    const qint64 unit = 20001;
    crashCollateral(sim);
    QVERIFY(!sim.exchange().engine().unit(unit)->liquidations.isEmpty());
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    session.setCreditCredentials(unit, sim.exchange().creditCredentials(unit));
    QVERIFY(syncClock(session));
    AlertEngine engine(session.state());
    QSignalSpy alerts(&engine, &AlertEngine::alertRaised);
    for (int start = 0; start < 2; ++start) {
        HistoryStore store;
        store.open(*where);
        RecordsPoller poller(&session, &store);
        connect(&poller, &RecordsPoller::newForcedLiquidation, &engine,
                &AlertEngine::reportForcedLiquidation);
        QVERIFY(round(poller));
        QCOMPARE(liquidationAlerts(alerts), 1);
    }
}

QTEST_GUILESS_MAIN(tst_RecordsPoller)
#include "tst_recordspoller.moc"
