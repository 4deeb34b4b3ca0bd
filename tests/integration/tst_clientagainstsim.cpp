#include "simfixture.h"
#include "testhelpers.h"

#include "domain/ltvmath.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;
using Fault = loandesk::sim::FaultInjector::Kind;

// The real ExchangeClient against the simulated exchange over loopback HTTP: every endpoint's
// happy path, and the failures a treasury desk will meet.
class tst_ClientAgainstSim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ltvDetailsMatchesTheSimulatorsState();
    void activeUnitsAndMaxBorrowable();
    void borrowRepayAndRecords();
    void interestAndLiquidationRecords();
    void creditKeySeesOnlyItsUnit();
    void wrongSecretIsASignatureError();
    void parentKeyCannotBorrow();
    void clockTenSecondsOffIsResynced();
    void rateLimitPausesWithRetryAfter();
    void htmlErrorPageIsNamed();
    void truncatedAndMalformedBodies();
    void droppedConnectionIsANetworkError();
    void borrowWhoseResponseIsLostIsUnknown();
    void overLimitBorrowIsRejectedWithItsCode();

private:
    std::unique_ptr<SimFixture> m_sim;
};

void tst_ClientAgainstSim::init() {
    m_sim = std::make_unique<SimFixture>();
}

void tst_ClientAgainstSim::cleanup() {
    m_sim.reset();
}

void tst_ClientAgainstSim::ltvDetailsMatchesTheSimulatorsState() {
    auto client = m_sim->parent();
    const auto offset = await<qint64>([&](QObject *c, auto cb) { client->syncTime(c, cb); });
    QVERIFY2(offset.ok(), qPrintable(offset.error().message));
    QVERIFY(m_sim->clock().isSynced());

    const auto units = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY2(units.ok(), qPrintable(units.error().message));
    QCOMPARE(units.value().size(), 2);
    for (const RiskUnit &u : units.value()) {
        const RiskUnit truth = m_sim->exchange().riskUnit(u.groupId);
        QCOMPARE(u.totalLiability, truth.totalLiability);
        QCOMPARE(u.members.size(), truth.members.size());
        // the simulator's figures are consistent: totals are the members' exact sums
        QCOMPARE(u.memberNetEquity(), u.totalNetEquity);
        QCOMPARE(u.memberMaintenanceMargin(), u.totalMaintenanceMargin);
        QCOMPARE(u.liabilitySum(), u.totalLiability);
        QVERIFY2(!u.ltvDisagrees(), qPrintable(u.ltv.toString()));
    }
    // the weight the exchange reported is tracked for the status bar
    const auto usage =
        m_sim->weights().usage(QStringLiteral("/sapi/v1/margin/loan-group/ltv-details"));
    QCOMPARE(usage.used, 200);
    QCOMPARE(usage.limit, 12000);
}

void tst_ClientAgainstSim::activeUnitsAndMaxBorrowable() {
    auto client = m_sim->parent();
    const auto active =
        await<QList<ActiveUnit>>([&](QObject *c, auto cb) { client->fetchActiveUnits(c, cb); });
    QVERIFY2(active.ok(), qPrintable(active.error().message));
    QCOMPARE(active.value().size(), 2);
    QVERIFY(!active.value().first().members.isEmpty());

    const auto max = await<std::optional<Decimal>>([&](QObject *c, auto cb) {
        client->fetchMaxBorrowable(10001, QStringLiteral("USDT"), c, cb);
    });
    QVERIFY2(max.ok(), qPrintable(max.error().message));
    QVERIFY(max.value().has_value());
    QCOMPARE(*max.value(), m_sim->exchange().engine().maxBorrowable(10001));
}

void tst_ClientAgainstSim::borrowRepayAndRecords() {
    auto credit = m_sim->credit(10001);
    const RiskUnit before = m_sim->exchange().riskUnit(10001);
    const auto borrowed = await<BorrowResult>([&](QObject *c, auto cb) {
        credit->borrow({10001, QStringLiteral("USDT"), dec("1000.5")}, c, cb);
    });
    QVERIFY2(borrowed.ok(), qPrintable(borrowed.error().message));
    QCOMPARE(borrowed.value().amount, dec("1000.5"));
    QVERIFY(!borrowed.value().transactionId.isEmpty());
    const RiskUnit after = m_sim->exchange().riskUnit(10001);
    QCOMPARE(after.totalLiability, before.totalLiability + dec("1000.5"));

    const auto repaid = await<RepayResult>([&](QObject *c, auto cb) {
        credit->repay({10001, QStringLiteral("USDT"), dec("400"), RepayRequest::From::Margin}, c,
                      cb);
    });
    QVERIFY2(repaid.ok(), qPrintable(repaid.error().message));
    QCOMPARE(repaid.value().amount, dec("400"));

    RecordsQuery q;
    q.groupId = 10001;
    q.type = BorrowRepayRecord::Type::Borrow;
    const auto borrows = await<Page<BorrowRepayRecord>>(
        [&](QObject *c, auto cb) { credit->fetchBorrowRepayRecords(q, c, cb); });
    QVERIFY2(borrows.ok(), qPrintable(borrows.error().message));
    QCOMPARE(borrows.value().total, 1);
    QCOMPARE(borrows.value().rows.first().amount, dec("1000.5"));
    QCOMPARE(borrows.value().rows.first().type, BorrowRepayRecord::Type::Borrow);
    QCOMPARE(QString::number(borrows.value().rows.first().tranId), borrowed.value().transactionId);

    q.type = BorrowRepayRecord::Type::NormalRepay;
    const auto repays = await<Page<BorrowRepayRecord>>(
        [&](QObject *c, auto cb) { credit->fetchBorrowRepayRecords(q, c, cb); });
    QVERIFY2(repays.ok(), qPrintable(repays.error().message));
    QCOMPARE(repays.value().total, 1);
    const BorrowRepayRecord &row = repays.value().rows.first();
    QCOMPARE(row.type, BorrowRepayRecord::Type::NormalRepay);
    QCOMPARE(row.principal + row.interest, dec("400"));
}

void tst_ClientAgainstSim::interestAndLiquidationRecords() {
    m_sim->exchange().advanceTime(3 * 3600 * 1000);
    auto credit = m_sim->credit(10001);
    const auto interest = await<Page<InterestRecord>>([&](QObject *c, auto cb) {
        credit->fetchInterestHistory(10001, std::nullopt, std::nullopt, 1, 10, c, cb);
    });
    QVERIFY2(interest.ok(), qPrintable(interest.error().message));
    QVERIFY(interest.value().total >= 3);
    const InterestRecord &r = interest.value().rows.first();
    QCOMPARE(r.asset, QStringLiteral("USDT"));
    QVERIFY(r.interest.isPositive());
    QVERIFY(r.interestRate.isPositive());

    const auto liquidations = await<Page<LiquidationRecord>>([&](QObject *c, auto cb) {
        credit->fetchForceLiquidations(10001, std::nullopt, std::nullopt, 1, 10, c, cb);
    });
    QVERIFY2(liquidations.ok(), qPrintable(liquidations.error().message));
    QCOMPARE(liquidations.value().total, 0);
}

void tst_ClientAgainstSim::creditKeySeesOnlyItsUnit() {
    auto credit = m_sim->credit(10002);
    const auto units = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { credit->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY2(units.ok(), qPrintable(units.error().message));
    QCOMPARE(units.value().size(), 1);
    QCOMPARE(units.value().first().groupId, 10002);
}

void tst_ClientAgainstSim::wrongSecretIsASignatureError() {
    ApiCredentials wrong = m_sim->exchange().parentCredentials();
    wrong.secret = "not-the-secret";
    auto client = m_sim->client(wrong);
    const auto units = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!units.ok());
    QCOMPARE(units.error().kind, ExchangeError::Kind::Signature);
    QCOMPARE(units.error().code, -1022);

    ApiCredentials unknown{QStringLiteral("no-such-key"), "x"};
    auto stranger = m_sim->client(unknown);
    const auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { stranger->fetchLtvDetails(std::nullopt, c, cb); });
    QCOMPARE(r.error().kind, ExchangeError::Kind::Auth);
    QCOMPARE(r.error().code, -2015);
}

void tst_ClientAgainstSim::parentKeyCannotBorrow() {
    auto parent = m_sim->parent();
    const auto r = await<BorrowResult>([&](QObject *c, auto cb) {
        parent->borrow({10001, QStringLiteral("USDT"), dec("10")}, c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ExchangeError::Kind::Auth);
    QVERIFY(!r.error().outcomeUnknown); // rejected before execution: nothing to reconcile
    QCOMPARE(m_sim->exchange().engine().unit(10001)->borrowRepay.size(), 0);
}

void tst_ClientAgainstSim::clockTenSecondsOffIsResynced() {
    // This machine's clock runs 10 s fast and has never been synced: the first signed GET is
    // rejected with -1021, the client resyncs and resends it once, and it succeeds.
    m_sim->clock().setLocalClock([] { return QDateTime::currentMSecsSinceEpoch() + 10000; });
    auto client = m_sim->parent();
    const auto units = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY2(units.ok(), qPrintable(units.error().message));
    QVERIFY(qAbs(m_sim->clock().offsetMs() + 10000) < 1000);
    int ltvCalls = 0;
    for (const auto &entry : m_sim->exchange().requestLog())
        ltvCalls += entry.path.endsWith(QStringLiteral("ltv-details")) ? 1 : 0;
    QCOMPARE(ltvCalls, 2);

    // A POST is never resent: it reports the clock error and leaves the resync to run.
    m_sim->exchange().setClockSkewMs(-30000);
    auto credit = m_sim->credit(10001);
    const auto borrow = await<BorrowResult>([&](QObject *c, auto cb) {
        credit->borrow({10001, QStringLiteral("USDT"), dec("5")}, c, cb);
    });
    QCOMPARE(borrow.error().kind, ExchangeError::Kind::Clock);
    QCOMPARE(m_sim->exchange().postCount(QStringLiteral("borrow")), 1);
}

void tst_ClientAgainstSim::rateLimitPausesWithRetryAfter() {
    auto client = m_sim->parent();
    // 60 calls × 200 weight fill a minute's 12 000. Windows are fixed minutes of the exchange's
    // clock, so the run may cross into a fresh one: then more calls pass before the 429, but
    // never fewer than 60, and the 429 must come within two windows' worth.
    int succeeded = 0;
    std::optional<Result<QList<RiskUnit>>> limitedResult;
    for (int i = 0; i < 121 && !limitedResult; ++i) {
        auto r = await<QList<RiskUnit>>(
            [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
        if (r.ok())
            ++succeeded;
        else
            limitedResult.emplace(std::move(r));
    }
    QVERIFY2(limitedResult, "no 429 after 121 calls");
    QVERIFY2(succeeded >= 60, qPrintable(QStringLiteral("429 after only %1 calls").arg(succeeded)));
    const Result<QList<RiskUnit>> &limited = *limitedResult;
    QVERIFY(!limited.ok());
    QCOMPARE(limited.error().kind, ExchangeError::Kind::RateLimited);
    QCOMPARE(limited.error().httpStatus, 429);
    QVERIFY(limited.error().retryAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(m_sim->weights().isPaused(QStringLiteral("/sapi/v1/margin/loan-group/ltv-details")));
    // While paused, nothing is sent: the exchange's log does not grow.
    const qsizetype sent = m_sim->exchange().requestLog().size();
    const auto again = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QCOMPARE(again.error().kind, ExchangeError::Kind::RateLimited);
    QCOMPARE(m_sim->exchange().requestLog().size(), sent);
}

void tst_ClientAgainstSim::htmlErrorPageIsNamed() {
    m_sim->exchange().faults()->addOnce(QStringLiteral("ltv-details"), Fault::HtmlErrorPage);
    auto client = m_sim->parent();
    const auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 502);
    QVERIFY2(r.error().message.contains(QStringLiteral("HTML")), qPrintable(r.error().message));
}

void tst_ClientAgainstSim::truncatedAndMalformedBodies() {
    auto client = m_sim->parent();
    m_sim->exchange().faults()->addOnce(QStringLiteral("ltv-details"), Fault::MalformedJson);
    auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QCOMPARE(r.error().kind, ExchangeError::Kind::Parse);
    QVERIFY2(r.error().message.contains(QStringLiteral("JSON")), qPrintable(r.error().message));

    m_sim->exchange().faults()->addPersistent(QStringLiteral("ltv-details"), Fault::TruncatedBody);
    r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind == ExchangeError::Kind::Parse ||
                 r.error().kind == ExchangeError::Kind::Network,
             qPrintable(r.error().message));
    QVERIFY(!r.error().message.isEmpty());
}

void tst_ClientAgainstSim::droppedConnectionIsANetworkError() {
    // persistent: Qt resends an idempotent GET once on a dropped keep-alive connection
    m_sim->exchange().faults()->addPersistent(QStringLiteral("ltv-details"), Fault::DropConnection);
    auto client = m_sim->parent();
    const auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QCOMPARE(r.error().kind, ExchangeError::Kind::Network);
}

void tst_ClientAgainstSim::borrowWhoseResponseIsLostIsUnknown() {
    m_sim->exchange().faults()->addOnce(QStringLiteral("borrow"), Fault::ResponseLost);
    auto credit = m_sim->credit(10001);
    const RiskUnit before = m_sim->exchange().riskUnit(10001);
    const auto r = await<BorrowResult>([&](QObject *c, auto cb) {
        credit->borrow({10001, QStringLiteral("USDT"), dec("2500")}, c, cb);
    });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().outcomeUnknown, qPrintable(r.error().message));
    // exactly one POST reached the exchange, and it was executed
    QCOMPARE(m_sim->exchange().postCount(QStringLiteral("borrow")), 1);
    QCOMPARE(m_sim->exchange().riskUnit(10001).totalLiability, before.totalLiability + dec("2500"));
}

void tst_ClientAgainstSim::overLimitBorrowIsRejectedWithItsCode() {
    auto credit = m_sim->credit(10001);
    const Decimal max = m_sim->exchange().engine().maxBorrowable(10001);
    const auto r = await<BorrowResult>([&](QObject *c, auto cb) {
        credit->borrow({10001, QStringLiteral("USDT"), max + dec("1")}, c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ExchangeError::Kind::Business);
    QCOMPARE(r.error().code, -27009);
    QVERIFY(!r.error().outcomeUnknown);
    QVERIFY(r.error().message.contains(max.toString(8)) ||
            r.error().message.contains(max.toString()));
}

QTEST_GUILESS_MAIN(tst_ClientAgainstSim)
#include "tst_clientagainstsim.moc"
