#include "simfixture.h"

#include "async/requestscope.h"
#include "storage/historystore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;
using Fault = loandesk::sim::FaultInjector::Kind;

// The async rule held by the real client against the simulated exchange over loopback: a
// cancelled request's callback never runs even though its reply arrives, every request
// delivers exactly one result, and a destroyed context drops it. The history store's queries
// follow the same rule across its worker thread.
class tst_RequestCancel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cancelledRequestNeverCallsBackWhenTheReplyArrives();
    void everyRequestDeliversExactlyOneResult();
    void destroyedContextDropsTheResult();
    void replacingTheScopedRequestKeepsOnlyTheLatest();
    void cancelledHistoryQueryNeverCallsBack();

private:
    // Waits until the simulator's reply to `count` more requests reached the client.
    static bool waitForReplies(QSignalSpy &finished, int count);

    std::unique_ptr<SimFixture> m_sim;
};

void tst_RequestCancel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RequestCancel::init() {
    m_sim = std::make_unique<SimFixture>();
}

void tst_RequestCancel::cleanup() {
    m_sim.reset();
}

bool tst_RequestCancel::waitForReplies(QSignalSpy &finished, int count) {
    return QTest::qWaitFor([&] { return finished.count() >= count; }, 10000);
}

void tst_RequestCancel::cancelledRequestNeverCallsBackWhenTheReplyArrives() {
    auto client = m_sim->parent();
    QSignalSpy finished(client.get(), &ExchangeClient::requestFinished);
    m_sim->exchange().faults()->addPersistent(QStringLiteral("ltv-details"), Fault::Latency, 300);
    QObject context;
    int cancelledCalls = 0;
    int keptCalls = 0;
    Pending cancelled = client->fetchLtvDetails(std::nullopt, &context,
                                                [&](Result<QList<RiskUnit>>) { ++cancelledCalls; });
    const Pending kept =
        client->fetchLtvDetails(std::nullopt, &context, [&](Result<QList<RiskUnit>> r) {
            QVERIFY(r.ok());
            ++keptCalls;
        });
    QVERIFY(cancelled.isPending());
    cancelled.cancel();
    QVERIFY(waitForReplies(finished, 2));
    QTRY_COMPARE(keptCalls, 1);
    // Both replies came back (HTTP 200, weight counted), yet the cancelled callback never ran.
    QCOMPARE(finished.at(0).at(1).toInt(), 200);
    QCOMPARE(finished.at(1).at(1).toInt(), 200);
    QCOMPARE(cancelledCalls, 0);
    QVERIFY(!cancelled.isPending());
    QVERIFY(!kept.isPending());
}

void tst_RequestCancel::everyRequestDeliversExactlyOneResult() {
    auto client = m_sim->parent();
    QSignalSpy finished(client.get(), &ExchangeClient::requestFinished);
    // Qt silently replays a GET whose connection dropped, so a server error stands for failure.
    m_sim->exchange().faults()->addOnce(QStringLiteral("ltv-details"), Fault::ServerError);
    m_sim->exchange().faults()->addOnce(QStringLiteral("activated"), Fault::MalformedJson);
    QObject context;
    int ltvCalls = 0;
    int activeCalls = 0;
    int maxCalls = 0;
    bool ltvFailed = false;
    bool activeFailed = false;
    client->fetchLtvDetails(std::nullopt, &context, [&](Result<QList<RiskUnit>> r) {
        ++ltvCalls;
        ltvFailed = !r.ok();
    });
    client->fetchActiveUnits(&context, [&](Result<QList<ActiveUnit>> r) {
        ++activeCalls;
        activeFailed = !r.ok();
    });
    client->fetchMaxBorrowable(10001, QStringLiteral("USDT"), &context,
                               [&](Result<std::optional<Decimal>>) { ++maxCalls; });
    QTRY_VERIFY(ltvCalls == 1 && activeCalls == 1 && maxCalls == 1);
    QVERIFY(ltvFailed);
    QVERIFY(activeFailed);
    // A later request's reply runs through the same event loop: nothing is delivered twice.
    const auto time = await<qint64>([&](QObject *c, auto cb) { client->syncTime(c, cb); });
    QVERIFY(time.ok());
    QCOMPARE(ltvCalls, 1);
    QCOMPARE(activeCalls, 1);
    QCOMPARE(maxCalls, 1);
}

void tst_RequestCancel::destroyedContextDropsTheResult() {
    auto client = m_sim->parent();
    QSignalSpy finished(client.get(), &ExchangeClient::requestFinished);
    m_sim->exchange().faults()->addOnce(QStringLiteral("ltv-details"), Fault::Latency, 300);
    int calls = 0;
    Pending pending;
    {
        QObject context;
        pending = client->fetchLtvDetails(std::nullopt, &context,
                                          [&](Result<QList<RiskUnit>>) { ++calls; });
    }
    QVERIFY(waitForReplies(finished, 1));
    QCOMPARE(finished.at(0).at(1).toInt(), 200);
    // One more turn of the event loop, in case the result were posted rather than called.
    QObject probe;
    bool turned = false;
    QTimer::singleShot(0, &probe, [&] { turned = true; });
    QTRY_VERIFY(turned);
    QCOMPARE(calls, 0);
    QVERIFY(!pending.isPending());
}

void tst_RequestCancel::replacingTheScopedRequestKeepsOnlyTheLatest() {
    // What the Borrow dialog does when the operator switches unit while "Max" is loading: the
    // slower answer for the first unit must not overwrite the second's.
    auto client = m_sim->parent();
    QSignalSpy finished(client.get(), &ExchangeClient::requestFinished);
    m_sim->exchange().faults()->addOnce(QStringLiteral("max-borrowable"), Fault::Latency, 500);
    QObject context;
    QList<qint64> answered;
    RequestScope scope;
    scope =
        client->fetchMaxBorrowable(10001, QStringLiteral("USDT"), &context,
                                   [&](Result<std::optional<Decimal>>) { answered.append(10001); });
    scope =
        client->fetchMaxBorrowable(10002, QStringLiteral("USDT"), &context,
                                   [&](Result<std::optional<Decimal>>) { answered.append(10002); });
    QVERIFY(waitForReplies(finished, 2));
    QTRY_COMPARE(answered, QList<qint64>{10002});
    QVERIFY(!scope.isPending());
}

void tst_RequestCancel::cancelledHistoryQueryNeverCallsBack() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryStore store;
    store.open(StorageLocation::sqlite(dir.filePath(QStringLiteral("history.sqlite"))));
    QObject context;
    int cancelledCalls = 0;
    int keptCalls = 0;
    Pending cancelled =
        store.requestSeries(10001, 0, QDateTime::currentMSecsSinceEpoch(), 10, &context,
                            [&](const HistorySeries &) { ++cancelledCalls; });
    store.requestSeries(10001, 0, QDateTime::currentMSecsSinceEpoch(), 10, &context,
                        [&](const HistorySeries &) { ++keptCalls; });
    cancelled.cancel();
    bool flushed = false;
    store.flush(&context, [&] { flushed = true; });
    QTRY_VERIFY(flushed);
    QCOMPARE(keptCalls, 1);
    QCOMPARE(cancelledCalls, 0);
}

QTEST_GUILESS_MAIN(tst_RequestCancel)
#include "tst_requestcancel.moc"
