// BorrowRepayService against the simulated exchange over loopback: journal first, one POST,
// no retries, unknown outcomes reconciled from the exchange's records, never "not executed"
// while the exchange could still show the order.
#include "testhelpers.h"

#include "actions/auditlog.h"
#include "actions/borrowrepayservice.h"
#include "domain/isoutc.h"
#include "domain/ltvmath.h"
#include "exchange/exchangeclient.h"
#include "monitor/monitorsession.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"
#ifdef LOANDESK_HAVE_UI
#include "common/errortext.h"
#endif

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace loandesk;
using Reason = ActionGate::Reason;
using State = AuditEntry::State;
using Fault = sim::FaultInjector::Kind;

namespace {

constexpr qint64 Alpha = 10001; // has a credit key in the session
constexpr qint64 Beta = 10002;  // monitored only: no credit key given to the session

// The calm scenario with prices and interest frozen, so "after" differs from "before" only by
// what the test did, whatever the timing of the simulator's ticks.
sim::Scenario frozenCalm() {
    sim::Scenario s = *sim::Scenario::load(QStringLiteral("calm"));
    for (sim::AssetConfig &a : s.assets) {
        a.volatility = 0;
        a.drift = 0;
    }
    for (sim::UnitState &u : s.units)
        u.hourlyRate = Decimal();
    return s;
}

bool within(const Decimal &a, const Decimal &b, const Decimal &tolerance) {
    return (a - b).abs() <= tolerance;
}

} // namespace

class tst_BorrowRepayService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void borrowMovesLtvAsProjected();
    void repayMovesLtvAsProjected();
    void repayReportsWhatWasActuallyRepaid();
    void overLimitBorrowIsRejectedWithItsCode();
    void doubleSubmitSendsOneRequest();
    void responseLostIsReconciledAsExecuted();
    void serverErrorIsReconciledAsNotExecuted();
    void notExecutedWaitsForTheDefaultGracePeriod();
    void executesLateEndsAsExecuted();
    void recordsLateIsNeverCalledNotExecuted();
    void anotherDesksRepayIsOnlyProbable();
    void crashBetweenIntentAndAnswerIsReconciledOnRestart();
    void intentNeverSentIsClosedOnRestart();
    void auditChainVerifiesAndDetectsEdits();
    void readOnlyAndMissingKeyAreGated();

private:
    void startService();
    ActionResult waitFor(QSignalSpy &spy);
    void advanceExchange(qint64 ms);
    int recordsOf(const char *amount);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimExchange> m_exchange;
    std::unique_ptr<MonitorSession> m_session;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<BorrowRepayService> m_service;
};

void tst_BorrowRepayService::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_exchange = std::make_unique<sim::SimExchange>(frozenCalm(), 7);
    QVERIFY(m_exchange->listen());
    m_session =
        std::make_unique<MonitorSession>(m_exchange->baseUrl(), m_exchange->parentCredentials());
    m_session->setCreditCredentials(Alpha, m_exchange->creditCredentials(Alpha));
    // One poll, as the dashboard has made before anyone can borrow: each action journals the
    // unit's liability from it, which reconciliation compares with the liability afterwards.
    bool polled = false;
    m_session->fetchOnce(std::nullopt, [&polled](const ExchangeError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        polled = true;
    });
    QTRY_VERIFY(polled);
    startService();
}

void tst_BorrowRepayService::startService() {
    m_service.reset();
    m_log = std::make_unique<AuditLog>();
    QVERIFY2(m_log->open(m_dir->filePath(QStringLiteral("audit.sqlite"))),
             qPrintable(m_log->errorString()));
    m_service = std::make_unique<BorrowRepayService>(m_session.get(), m_log.get(),
                                                     QStringLiteral("test-profile"));
    // The simulator executes at once unless a test injects lateness (a record after the grace
    // period is only "probably" the action's): one second is plenty. The default grace period
    // has its own tests.
    m_service->setGracePeriodMs(1000);
}

void tst_BorrowRepayService::cleanup() {
    m_service.reset();
    m_log.reset();
    m_session.reset();
    m_exchange.reset();
    m_dir.reset();
}

ActionResult tst_BorrowRepayService::waitFor(QSignalSpy &spy) {
    if (spy.isEmpty() && !spy.wait(10000))
        return {};
    return spy.takeFirst().at(0).value<ActionResult>();
}

void tst_BorrowRepayService::advanceExchange(qint64 ms) {
    m_exchange->advanceTime(ms);
    // The desk's clock follows the exchange's, as its periodic sync would.
    bool synced = false;
    QObject context;
    m_session->client()->syncTime(&context, [&synced](Result<qint64> r) { synced = r.ok(); });
    QTRY_VERIFY(synced);
}

// How many of unit Alpha's borrow and repay records have this amount, as the exchange holds them.
int tst_BorrowRepayService::recordsOf(const char *amount) {
    const QList<BorrowRepayRecord> &rows = m_exchange->engine().unit(Alpha)->borrowRepay;
    return int(std::count_if(rows.cbegin(), rows.cend(), [amount](const BorrowRepayRecord &r) {
        return r.amount == dec(amount);
    }));
}

void tst_BorrowRepayService::borrowMovesLtvAsProjected() {
    const RiskUnit before = m_exchange->riskUnit(Alpha);
    const Decimal amount = dec("250000.12345678");
    const auto projected = LtvMath::projectedLtv(before.totalLiability, before.totalNetEquity,
                                                 before.totalMaintenanceMargin, amount);
    QVERIFY(projected);

    QSignalSpy settled(m_service.get(), &BorrowRepayService::actionSettled);
    const auto submission =
        m_service->submitBorrow(Alpha, QStringLiteral("USDT"), amount, projected);
    QVERIFY(submission.accepted());
    const ActionResult result = waitFor(settled);
    QCOMPARE(result.state, State::SettledOk);
    QCOMPARE(*result.actualAmount, amount);
    QVERIFY(!result.tranId.isEmpty());

    const RiskUnit after = m_exchange->riskUnit(Alpha);
    QCOMPARE(after.totalLiability, before.totalLiability + amount);
    QVERIFY(within(*after.computedLtv(), *projected, dec("0.00000001")));
    // The journal holds the whole story, in order.
    const QList<AuditEntry> history = m_log->history(submission.intentId);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).state, State::Intent);
    QCOMPARE(history.at(1).state, State::Sent);
    QCOMPARE(history.at(2).state, State::SettledOk);
    QCOMPARE(history.at(2).tranId, result.tranId);
    QCOMPARE(history.at(0).projectedLtv, projected);
}

void tst_BorrowRepayService::repayMovesLtvAsProjected() {
    const RiskUnit before = m_exchange->riskUnit(Alpha);
    const Decimal amount = dec("1000.5");
    const auto projected = LtvMath::projectedLtv(before.totalLiability, before.totalNetEquity,
                                                 before.totalMaintenanceMargin, -amount);
    QSignalSpy settled(m_service.get(), &BorrowRepayService::actionSettled);
    QVERIFY(m_service->submitRepay(Alpha, QStringLiteral("USDT"), amount).accepted());
    const ActionResult result = waitFor(settled);
    QCOMPARE(result.state, State::SettledOk);
    QCOMPARE(*result.actualAmount, amount);
    const RiskUnit after = m_exchange->riskUnit(Alpha);
    QCOMPARE(after.totalLiability, before.totalLiability - amount);
    QVERIFY(within(*after.computedLtv(), *projected, dec("0.00000001")));
}

void tst_BorrowRepayService::repayReportsWhatWasActuallyRepaid() {
    // The credit account's spot wallet holds 25 000 USDT: asking for 30 000 repays 25 000.
    QSignalSpy settled(m_service.get(), &BorrowRepayService::actionSettled);
    QVERIFY(m_service
                ->submitRepay(Alpha, QStringLiteral("USDT"), dec("30000"), RepayRequest::From::Spot)
                .accepted());
    const ActionResult result = waitFor(settled);
    QCOMPARE(result.state, State::SettledOk);
    QCOMPARE(result.order.amount, dec("30000"));
    QCOMPARE(*result.actualAmount, dec("25000"));
    QCOMPARE(m_log->entries().last().repayFrom, QStringLiteral("SPOT"));
}

void tst_BorrowRepayService::overLimitBorrowIsRejectedWithItsCode() {
    QSignalSpy settled(m_service.get(), &BorrowRepayService::actionSettled);
    QVERIFY(m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("900000000")).accepted());
    const ActionResult result = waitFor(settled);
    QCOMPARE(result.state, State::Rejected);
    QCOMPARE(result.error.code, -27009);
    QVERIFY(!result.error.outcomeUnknown);
    QCOMPARE(m_log->entries().last().exchangeCode, -27009);
#ifdef LOANDESK_HAVE_UI
    const QString text = errorText(result.error);
    QVERIFY2(text.contains(QStringLiteral("-27009")) && text.contains(QStringLiteral("maximum")),
             qPrintable(text));
#endif
    // A rejection closes the action: the next one may start.
    QVERIFY(m_service->reasons(Alpha, AuditEntry::Action::Borrow).isEmpty());
}

void tst_BorrowRepayService::doubleSubmitSendsOneRequest() {
    QSignalSpy settled(m_service.get(), &BorrowRepayService::actionSettled);
    const auto first = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("1000"));
    const auto second = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("1000"));
    QVERIFY(first.accepted());
    QVERIFY(!second.accepted());
    QVERIFY(second.refused.contains(Reason::ActionInFlight));
    QCOMPARE(waitFor(settled).state, State::SettledOk);
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
    QCOMPARE(settled.size(), 0); // and only one answer
}

void tst_BorrowRepayService::responseLostIsReconciledAsExecuted() {
    m_exchange->faults()->addOnce(QStringLiteral("borrow"), Fault::ResponseLost);
    const Decimal liabilityBefore = m_exchange->riskUnit(Alpha).totalLiability;
    QSignalSpy unknown(m_service.get(), &BorrowRepayService::actionUnknown);
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    const auto submission = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("4321"));
    QVERIFY(submission.accepted());

    const ActionResult lost = waitFor(unknown);
    QCOMPARE(lost.state, State::Unknown);
    QVERIFY(lost.error.outcomeUnknown);
    // Until the outcome is known, nothing else may be sent.
    const auto blocked = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("4321"));
    QVERIFY(blocked.refused.contains(Reason::ActionUnknown));

    const ActionResult verdict = waitFor(reconciled);
    QCOMPARE(verdict.intentId, submission.intentId);
    QCOMPARE(verdict.state, State::ReconciledExecuted);
    QVERIFY(!verdict.tranId.isEmpty());
    QCOMPARE(*verdict.actualAmount, dec("4321"));
    QCOMPARE(m_exchange->riskUnit(Alpha).totalLiability, liabilityBefore + dec("4321"));
    // Exactly one POST reached the simulator, and it was executed once.
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
    int executed = 0;
    for (const sim::LoggedRequest &r : m_exchange->requestLog())
        executed += r.path.endsWith(QLatin1String("/borrow")) && r.executed;
    QCOMPARE(executed, 1);
    QVERIFY(m_service->reasons(Alpha, AuditEntry::Action::Borrow).isEmpty());
    QCOMPARE(m_log->entries().last().state, State::ReconciledExecuted);
}

void tst_BorrowRepayService::serverErrorIsReconciledAsNotExecuted() {
    m_exchange->faults()->addOnce(QStringLiteral("borrow"), Fault::ServerError, 503);
    QSignalSpy unknown(m_service.get(), &BorrowRepayService::actionUnknown);
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    QVERIFY(m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("777")).accepted());
    QCOMPARE(waitFor(unknown).error.code, -1000);
    const ActionResult verdict = waitFor(reconciled);
    QCOMPARE(verdict.state, State::ReconciledNotExecuted);
    QVERIFY(verdict.tranId.isEmpty());
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1); // never retried
    // The journal names the evidence: the records read, the liability before and after, and
    // when the grace period ended.
    const QString note = m_log->entries().last().exchangeMessage;
    for (const char *part : {"USDT borrow and repay records from ", " pages, ", " rows; ",
                             "totalLiability before ", ", now ", "grace period ended "})
        QVERIFY2(note.contains(QLatin1String(part)), qPrintable(note));
}

void tst_BorrowRepayService::notExecutedWaitsForTheDefaultGracePeriod() {
    {
        BorrowRepayService fresh(m_session.get(), m_log.get(), QStringLiteral("p"));
        QCOMPARE(fresh.gracePeriodMs(), 2 * 60 * 1000);
    }
    ActionReconciler *reconciler = m_service->reconciler(Alpha);
    m_service->setGracePeriodMs(ActionReconciler::DefaultGracePeriodMs);
    m_exchange->faults()->addOnce(QStringLiteral("borrow"), Fault::ServerError, 503);
    QSignalSpy open(reconciler, &ActionReconciler::stillOpen);
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    QVERIFY(m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("777")).accepted());

    // The records show nothing, but the exchange could still execute it: it stays unknown, and
    // the next look is no later than the end of the grace period.
    QVERIFY(open.wait(10000));
    QVERIFY(open.wait(10000));
    QVERIFY(reconciled.isEmpty());
    QVERIFY(m_service->reasons(Alpha, AuditEntry::Action::Borrow).contains(Reason::ActionUnknown));
    const qint64 graceEnd = reconciler->graceEndMs();
    QCOMPARE(graceEnd, reconciler->submitTimeMs() + 120000);
    QVERIFY(open.last().at(2).toDateTime().toMSecsSinceEpoch() <= graceEnd + 1000);
    QVERIFY2(open.last().at(1).toString().startsWith(QLatin1String("no record yet")),
             qPrintable(open.last().at(1).toString()));

    // Two minutes later on the exchange's clock, with nothing recorded and the liability flat.
    advanceExchange(121000);
    const ActionResult verdict = waitFor(reconciled);
    QCOMPARE(verdict.state, State::ReconciledNotExecuted);
    const QString graceEndText =
        isoUtc(graceEnd); // the evidence spells UTC 'Z', as every machine-readable time does
    QVERIFY2(m_log->entries().last().exchangeMessage.contains(
                 QStringLiteral("grace period ended ") + graceEndText),
             qPrintable(m_log->entries().last().exchangeMessage));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
}

void tst_BorrowRepayService::executesLateEndsAsExecuted() {
    // The exchange takes the order, loses the answer and carries it out a minute later, within
    // the default grace period.
    m_service->setGracePeriodMs(ActionReconciler::DefaultGracePeriodMs);
    m_exchange->faults()->addOnce(QStringLiteral("borrow"), Fault::ExecutesLate, 60000);
    const Decimal liabilityBefore = m_exchange->riskUnit(Alpha).totalLiability;
    QSignalSpy open(m_service->reconciler(Alpha), &ActionReconciler::stillOpen);
    QSignalSpy unknown(m_service.get(), &BorrowRepayService::actionUnknown);
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    const auto submission = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("4321"));
    QVERIFY(submission.accepted());
    QCOMPARE(waitFor(unknown).state, State::Unknown);

    // Checked, found nothing, and not called "not executed": the exchange could still show it.
    QVERIFY(open.wait(10000));
    QVERIFY(open.wait(10000));
    QVERIFY(reconciled.isEmpty());
    QCOMPARE(recordsOf("4321"), 0);
    QCOMPARE(m_exchange->riskUnit(Alpha).totalLiability, liabilityBefore);

    advanceExchange(61000); // it executes now
    const ActionResult verdict = waitFor(reconciled);
    QCOMPARE(verdict.intentId, submission.intentId);
    QCOMPARE(verdict.state, State::ReconciledExecuted);
    QCOMPARE(*verdict.actualAmount, dec("4321"));
    QCOMPARE(verdict.tranId,
             QString::number(m_exchange->engine().unit(Alpha)->borrowRepay.last().tranId));
    // Exactly one POST, one borrow on the exchange, and the liability up by its amount once.
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
    QCOMPARE(recordsOf("4321"), 1);
    QCOMPARE(m_exchange->riskUnit(Alpha).totalLiability, liabilityBefore + dec("4321"));
    QCOMPARE(m_log->entries().last().state, State::ReconciledExecuted);
    QVERIFY(m_service->reasons(Alpha, AuditEntry::Action::Borrow).isEmpty());
}

void tst_BorrowRepayService::recordsLateIsNeverCalledNotExecuted() {
    // Executed at once, answer lost, and the record listed only a minute later: long after the
    // (shortened) grace period. The liability already shows the borrow.
    m_exchange->faults()->addOnce(QStringLiteral("borrow"), Fault::RecordsLate, 60000);
    m_exchange->faults()->addOnce(QStringLiteral("borrow"), Fault::ResponseLost);
    const Decimal liabilityBefore = m_exchange->riskUnit(Alpha).totalLiability;
    QSignalSpy open(m_service->reconciler(Alpha), &ActionReconciler::stillOpen);
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    const auto submission = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("555"));
    QVERIFY(submission.accepted());

    const auto liabilityMoved = [&open] {
        return std::any_of(open.cbegin(), open.cend(), [](const QList<QVariant> &args) {
            return args.at(1).toString().contains(QLatin1String("liability moved"));
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(liabilityMoved(), 10000);
    // Past the grace period, no record, yet still open: the liability rose by the amount.
    QVERIFY(reconciled.isEmpty());
    QCOMPARE(recordsOf("555"), 1);
    QCOMPARE(m_exchange->riskUnit(Alpha).totalLiability, liabilityBefore + dec("555"));
    QVERIFY(m_service->reasons(Alpha, AuditEntry::Action::Borrow).contains(Reason::ActionUnknown));

    advanceExchange(61000); // the record is listed
    const ActionResult verdict = waitFor(reconciled);
    QCOMPARE(verdict.intentId, submission.intentId);
    QCOMPARE(verdict.state, State::ReconciledExecuted);
    QCOMPARE(*verdict.actualAmount, dec("555"));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
}

void tst_BorrowRepayService::anotherDesksRepayIsOnlyProbable() {
    m_service->setGracePeriodMs(ActionReconciler::DefaultGracePeriodMs);
    m_exchange->faults()->addOnce(QStringLiteral("repay"), Fault::ResponseLost);
    QSignalSpy unknown(m_service.get(), &BorrowRepayService::actionUnknown);
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    QVERIFY(m_service->submitRepay(Alpha, QStringLiteral("USDT"), dec("500")).accepted());
    QCOMPARE(waitFor(unknown).state, State::Unknown);
    const qint64 ours = m_exchange->engine().unit(Alpha)->borrowRepay.last().tranId;

    // Another desk on the same unit repays the same amount right after.
    ExchangeClient otherDesk(m_session->transport(), m_session->clock(), m_session->weights());
    otherDesk.setBaseUrl(m_exchange->baseUrl());
    otherDesk.setCredentials(m_exchange->creditCredentials(Alpha));
    bool repaid = false;
    otherDesk.repay({Alpha, QStringLiteral("USDT"), dec("500"), RepayRequest::From::Margin}, this,
                    [&repaid](Result<RepayResult> r) { repaid = r.ok(); });
    QTRY_VERIFY(repaid);
    QCOMPARE(recordsOf("500"), 2);

    advanceExchange(121000);
    const ActionResult verdict = waitFor(reconciled);
    // Two records fit: the nearest to our submit is named, and nothing is claimed for sure.
    QCOMPARE(verdict.state, State::ProbablyExecuted);
    QCOMPARE(verdict.tranId, QString::number(ours));
    QVERIFY(!verdict.actualAmount);
    const AuditEntry last = m_log->entries().last();
    QCOMPARE(last.state, State::ProbablyExecuted);
    QVERIFY2(last.exchangeMessage.contains(QLatin1String("2 records fit")),
             qPrintable(last.exchangeMessage));
    QCOMPARE(m_exchange->postCount(QStringLiteral("repay")), 2); // ours once, the other desk's
}

void tst_BorrowRepayService::crashBetweenIntentAndAnswerIsReconciledOnRestart() {
    // The answer is held back; the service "crashes" (is destroyed) before it arrives.
    m_exchange->faults()->addOnce(QStringLiteral("borrow"), Fault::Latency, 300);
    const auto submission = m_service->submitBorrow(Alpha, QStringLiteral("USDC"), dec("999.5"));
    QVERIFY(submission.accepted());
    m_service.reset();
    m_log.reset();
    QTRY_COMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);

    startService();
    const QList<AuditEntry> open = m_log->unresolved();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().state, State::Sent);
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    m_service->reconcilePending();
    QVERIFY(m_service->reasons(Alpha, AuditEntry::Action::Borrow).contains(Reason::ActionUnknown));
    const ActionResult verdict = waitFor(reconciled);
    QCOMPARE(verdict.intentId, submission.intentId);
    QCOMPARE(verdict.state, State::ReconciledExecuted);
    QCOMPARE(*verdict.actualAmount, dec("999.5"));
    QVERIFY(m_log->unresolved().isEmpty());
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 1);
}

void tst_BorrowRepayService::intentNeverSentIsClosedOnRestart() {
    AuditEntry intent;
    intent.profile = QStringLiteral("test-profile"); // a desk settles only its own actions
    intent.action = AuditEntry::Action::Repay;
    intent.groupId = Alpha;
    intent.asset = QStringLiteral("USDT");
    intent.requestedAmount = dec("10");
    intent.repayFrom = QStringLiteral("MARGIN");
    intent.state = State::Intent;
    QVERIFY(m_log->append(intent));
    QSignalSpy reconciled(m_service.get(), &BorrowRepayService::actionReconciled);
    m_service->reconcilePending();
    QCOMPARE(waitFor(reconciled).state, State::ReconciledNotExecuted);
    QCOMPARE(m_exchange->postCount(QStringLiteral("repay")), 0);
    QVERIFY(m_log->unresolved().isEmpty());
}

void tst_BorrowRepayService::auditChainVerifiesAndDetectsEdits() {
    QSignalSpy settled(m_service.get(), &BorrowRepayService::actionSettled);
    QVERIFY(m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("100000")).accepted());
    waitFor(settled);
    QVERIFY(m_service->submitRepay(Alpha, QStringLiteral("USDT"), dec("5")).accepted());
    waitFor(settled);
    QCOMPARE(m_log->entries().size(), 6);
    QVERIFY(m_log->verify().intact());

    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir->filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        // The triggers refuse a plain edit…
        QVERIFY(
            !q.exec(QStringLiteral("UPDATE audit SET requested_amount = '1000000' WHERE id = 2")));
        // …but whoever drops them can edit the file, and the chain shows where.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY2(
            q.exec(QStringLiteral("UPDATE audit SET requested_amount = '1000000' WHERE id = 2")),
            qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const AuditVerification v = m_log->verify();
    QCOMPARE(v.chain, AuditVerification::Chain::RowChanged);
    QCOMPARE(v.row, 2);
}

void tst_BorrowRepayService::readOnlyAndMissingKeyAreGated() {
    m_service->gate().setReadOnly(true);
    auto s = m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec("1"));
    QVERIFY(!s.accepted());
    QVERIFY(s.refused.contains(Reason::ReadOnlyProfile));
    m_service->gate().setReadOnly(false);

    s = m_service->submitRepay(Beta, QStringLiteral("USDT"), dec("1"));
    QVERIFY(!s.accepted());
    QVERIFY(s.refused.contains(Reason::NoCreditKey));
    QCOMPARE(m_exchange->postCount(QStringLiteral("borrow")), 0);
    QCOMPARE(m_exchange->postCount(QStringLiteral("repay")), 0);
    QVERIFY(m_log->entries().isEmpty()); // a refused action is not an attempt
}

QTEST_GUILESS_MAIN(tst_BorrowRepayService)
#include "tst_borrowrepayservice.moc"
