#include "simfixture.h"
#include "testhelpers.h"

#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;
using Fault = loandesk::sim::FaultInjector::Kind;

// The monitor's whole pipeline (scheduler → client → state) against the simulator.
class tst_PollSchedulerSim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pollsAndFollowsTheMarket();
    void goesStaleButKeepsDataWhenTheExchangeStopsAnswering();
    void pausesUntilRetryAfterOn429();
    void refreshNowRespectsInFlightAndPause();

private:
    static int ltvCalls(sim::SimExchange &ex) {
        int n = 0;
        for (const auto &e : ex.requestLog())
            n += e.path.endsWith(QStringLiteral("ltv-details")) ? 1 : 0;
        return n;
    }
};

void tst_PollSchedulerSim::pollsAndFollowsTheMarket() {
    SimFixture sim;
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 5000);
    QCOMPARE(session.state()->feed(), MonitorState::Feed::Live);
    // the clock was synced before the first signed request
    QCOMPARE(sim.exchange().requestLog().first().path, QStringLiteral("/api/v3/time"));
    const Decimal first = session.state()->unit(10001)->unit.totalNetEquity;

    // the market moves; the next poll (2 s apart at the fastest) shows it
    sim.exchange().advanceTime(10 * 60 * 1000);
    const Decimal truth = sim.exchange().riskUnit(10001).totalNetEquity;
    QVERIFY(truth != first);
    session.scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    QTRY_VERIFY_WITH_TIMEOUT(session.state()->unit(10001)->unit.totalNetEquity != first, 8000);
}

void tst_PollSchedulerSim::goesStaleButKeepsDataWhenTheExchangeStopsAnswering() {
    SimFixture sim;
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    session.client()->setRequestTimeoutMs(1000);
    session.scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    session.scheduler()->setMissedPollsBeforeStale(1);
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 5000);
    const RiskUnit lastGood = session.state()->unit(10001)->unit;

    sim.exchange().stop();
    QTRY_VERIFY_WITH_TIMEOUT(session.state()->consecutiveFailures() > 0, 6000);
    QVERIFY(session.state()->lastError()->kind == ExchangeError::Kind::Network);
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->feed(), MonitorState::Feed::Stale, 6000);
    // the last good data stays on screen
    QCOMPARE(session.state()->unitCount(), 2);
    QCOMPARE(session.state()->unit(10001)->unit, lastGood);
}

void tst_PollSchedulerSim::pausesUntilRetryAfterOn429() {
    SimFixture sim;
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    session.scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    QSignalSpy paused(session.scheduler(), &PollScheduler::paused);
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 5000);

    sim.exchange().faults()->addOnce(QStringLiteral("ltv-details"), Fault::RateLimited, 3);
    QVERIFY(paused.wait(5000));
    const QDateTime until = paused.first().at(0).toDateTime();
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(session.state()->feed(), MonitorState::Feed::Paused);
    QCOMPARE(session.state()->lastError()->kind, ExchangeError::Kind::RateLimited);
    const int callsAtPause = ltvCalls(sim.exchange());
    QVERIFY(!session.scheduler()->refreshNow()); // a manual refresh respects the pause
    QTest::qWait(1000);
    QCOMPARE(ltvCalls(sim.exchange()), callsAtPause);
    // after Retry-After, polling resumes on its own
    QTRY_VERIFY_WITH_TIMEOUT(ltvCalls(sim.exchange()) > callsAtPause, 6000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->feed(), MonitorState::Feed::Live, 3000);
}

void tst_PollSchedulerSim::refreshNowRespectsInFlightAndPause() {
    SimFixture sim;
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    QVERIFY(!session.scheduler()->refreshNow()); // not started
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 5000);
    sim.exchange().faults()->addOnce(QStringLiteral("ltv-details"), Fault::Latency, 800);
    const bool started = session.scheduler()->refreshNow();
    QVERIFY(started);
    const bool second = session.scheduler()->refreshNow();
    QVERIFY(!second); // one request in flight per endpoint
}

QTEST_GUILESS_MAIN(tst_PollSchedulerSim)
#include "tst_pollschedulersim.moc"
