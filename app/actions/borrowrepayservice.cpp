#include "borrowrepayservice.h"

#include "actionreconciler.h"
#include "auditlog.h"
#include "foureyescheck.h"
#include "oslogin.h"

#include "exchange/exchangeclient.h"
#include "exchange/serverclock.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"

namespace loandesk {

using State = AuditEntry::State;

namespace {
const QString FirstOperatorPrefix = QStringLiteral("four-eyes, first operator: ");
}

BorrowRepayService::BorrowRepayService(MonitorSession *session, AuditLog *log,
                                       const QString &profile, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_log(log)
    , m_profile(profile)
    , m_gate(session)
    , m_reconciler(new ActionReconciler(
          log, [this](qint64 groupId) { return m_session->creditClient(groupId); }, this)) {
    qRegisterMetaType<ActionResult>();
    connect(m_reconciler, &ActionReconciler::verdictReached, this, &BorrowRepayService::onVerdict);
    updateGate();
}

BorrowRepayService::~BorrowRepayService() = default;

void BorrowRepayService::setSettleDelayMs(qint64 ms) {
    m_reconciler->setSettleDelayMs(ms);
}

QString BorrowRepayService::osUserName() {
    return OsLogin::current();
}

QString BorrowRepayService::firstOperatorOf(const AuditEntry &entry) {
    const bool opening = entry.state == State::Intent || entry.state == State::Sent;
    return opening && entry.exchangeMessage.startsWith(FirstOperatorPrefix)
               ? entry.exchangeMessage.mid(FirstOperatorPrefix.size())
               : QString();
}

QList<ActionGate::Reason> BorrowRepayService::reasons(qint64 groupId,
                                                      AuditEntry::Action action) const {
    return m_gate.reasons(groupId, action);
}

AuditEntry BorrowRepayService::entryFor(const ActionOrder &order, qint64 intentId,
                                        AuditEntry::State state) const {
    AuditEntry e;
    e.intentId = intentId;
    e.osUser = m_fourEyes.login(); // the OS login (tests simulate others through fourEyes())
    e.profile = m_profile;
    e.action = order.action;
    e.groupId = order.groupId;
    e.asset = order.asset;
    e.requestedAmount = order.amount;
    e.repayFrom = order.repayFromName();
    e.projectedLtv = order.projectedLtv;
    e.state = state;
    e.secondOperator = order.secondOperator;
    e.baseUrl = m_session->baseUrl().toString();
    // The liability as last polled: reconciliation compares it with the liability afterwards.
    if (const UnitStatus *unit = m_session->state()->unit(order.groupId); unit)
        e.liabilityBefore = unit->unit.totalLiability;
    return e;
}

BorrowRepayService::Submission
BorrowRepayService::submitBorrow(qint64 groupId, const QString &asset, const Decimal &amount,
                                 const std::optional<Decimal> &projectedLtv,
                                 const QString &fourEyesToken) {
    ActionOrder order;
    order.action = AuditEntry::Action::Borrow;
    order.groupId = groupId;
    order.asset = asset;
    order.amount = amount;
    order.projectedLtv = projectedLtv;
    order.fourEyesToken = fourEyesToken;
    return submit(order);
}

BorrowRepayService::Submission
BorrowRepayService::submitRepay(qint64 groupId, const QString &asset, const Decimal &amount,
                                RepayRequest::From from, const std::optional<Decimal> &projectedLtv,
                                const QString &fourEyesToken) {
    ActionOrder order;
    order.action = AuditEntry::Action::Repay;
    order.groupId = groupId;
    order.asset = asset;
    order.amount = amount;
    order.repayFrom = from;
    order.projectedLtv = projectedLtv;
    order.fourEyesToken = fourEyesToken;
    return submit(order);
}

BorrowRepayService::Submission BorrowRepayService::submit(const ActionOrder &requested) {
    // Who approved is what the token proves, never what the caller wrote in the order.
    ActionOrder order = requested;
    order.secondOperator.clear();
    order.fourEyesToken.clear();
    Submission submission;
    submission.refused = reasons(order.groupId, order.action);
    if (!order.isValid())
        submission.refused.append(ActionGate::Reason::InvalidOrder);
    const bool fourEyes = m_limits.needsSecondOperator(order.amount);
    if (fourEyes && !m_fourEyes.checkApproval(requested.fourEyesToken, order, m_fourEyes.login()))
        submission.refused.append(ActionGate::Reason::SecondOperatorRequired);
    if (!submission.refused.isEmpty())
        return submission;
    // Used up only by an order that goes ahead: a refusal for another reason (an action in
    // flight, say) leaves the approval for the retry.
    QString firstOperator;
    if (fourEyes) {
        const std::optional<FourEyesCheck::Approval> approval =
            m_fourEyes.redeem(requested.fourEyesToken, order, m_fourEyes.login());
        if (!approval) {
            submission.refused.append(ActionGate::Reason::SecondOperatorRequired);
            return submission;
        }
        order.secondOperator = approval->secondName;
        firstOperator = approval->firstName;
    }

    ExchangeClient *client = m_session->creditClient(order.groupId);
    // The exchange's clock at submit bounds where its record can appear (reconciliation).
    const qint64 exchangeTimeMs = client->clock()->serverNowMs();
    AuditEntry intent = entryFor(order, 0, State::Intent);
    intent.exchangeTimeMs = exchangeTimeMs;
    // The first operator has no column of their own (the chained schema stays as it is); the
    // INTENT and SENT rows carry no exchange message, so the name goes there.
    if (!firstOperator.isEmpty())
        intent.exchangeMessage = FirstOperatorPrefix + firstOperator;
    // A plain id (rows start at 1) rather than an optional: GCC 12 misreads the optional's
    // lifetime across the lambdas below and warns, which -Werror turns into a failed build.
    qint64 id = 0;
    if (m_log) {
        if (const std::optional<qint64> appended = m_log->append(intent))
            id = *appended;
    }
    AuditEntry sent = entryFor(order, id, State::Sent);
    sent.exchangeTimeMs = exchangeTimeMs;
    sent.exchangeMessage = intent.exchangeMessage;
    // Nothing leaves without both rows on disk. An INTENT without SENT is closed as "not
    // executed" by reconcilePending(), which is true: it never reached the network.
    if (id == 0 || !m_log->append(sent)) {
        submission.refused.append(ActionGate::Reason::AuditUnavailable);
        return submission;
    }
    submission.intentId = id;
    m_inFlight = id;
    updateGate();
    Q_EMIT actionStarted(id);

    const qint64 intentId = id;
    if (order.action == AuditEntry::Action::Borrow) {
        client->borrow({order.groupId, order.asset, order.amount}, this,
                       [this, order, intentId](Result<BorrowResult> r) {
                           if (r.ok())
                               journalAnswer(order, intentId, {}, r.value().transactionId,
                                             r.value().amount);
                           else
                               journalAnswer(order, intentId, r.error(), {}, {});
                       });
    } else {
        client->repay({order.groupId, order.asset, order.amount, order.repayFrom}, this,
                      [this, order, intentId](Result<RepayResult> r) {
                          if (r.ok())
                              journalAnswer(order, intentId, {}, r.value().transactionId,
                                            r.value().amount);
                          else
                              journalAnswer(order, intentId, r.error(), {}, {});
                      });
    }
    return submission;
}

void BorrowRepayService::journalAnswer(const ActionOrder &order, qint64 intentId,
                                       const ExchangeError &error, const QString &tranId,
                                       const std::optional<Decimal> &actual) {
    const State state = !error.isError()       ? State::SettledOk
                        : error.outcomeUnknown ? State::Unknown
                                               : State::Rejected;
    // Every row of an action carries its submit time, so the UNKNOWN row alone can be reconciled.
    const QList<AuditEntry> history = m_log->history(intentId);
    AuditEntry e = entryFor(order, intentId, state);
    e.exchangeTimeMs = history.isEmpty() ? 0 : history.first().exchangeTimeMs;
    e.tranId = tranId;
    e.actualAmount = actual;
    e.exchangeCode = error.code;
    e.exchangeMessage =
        error.isError() ? exchangeErrorKindName(error.kind) + QStringLiteral(": ") + error.message
                        : QString();
    if (!m_log->append(e))
        qWarning("audit log: could not journal the answer to action %lld: %s", intentId,
                 qPrintable(m_log->errorString()));

    m_inFlight = 0;
    if (state == State::Rejected)
        m_gate.noteExchangeCode(order.groupId, error.code);
    const ActionResult result{intentId, order, state, tranId, actual, error};
    if (state == State::Unknown) {
        m_pending.append(e);
        updateGate();
        Q_EMIT actionUnknown(result);
        reconcileNext();
        return;
    }
    updateGate();
    Q_EMIT actionSettled(result);
    refreshState();
}

void BorrowRepayService::reconcilePending() {
    if (!m_log)
        return;
    for (const AuditEntry &e : m_log->unresolved()) {
        const bool queued =
            std::any_of(m_pending.cbegin(), m_pending.cend(),
                        [&](const AuditEntry &p) { return p.intentId == e.intentId; });
        if (!queued && e.intentId != m_inFlight)
            m_pending.append(e);
    }
    updateGate();
    reconcileNext();
}

void BorrowRepayService::reconcileNext() {
    while (!m_pending.isEmpty() && !m_reconciler->isRunning()) {
        const AuditEntry entry = m_pending.first();
        if (entry.state == State::Intent) {
            // Journaled but never handed to the network (a crash or a failed SENT write).
            onVerdict(entry, ActionReconciler::Verdict::NotExecuted, {},
                      QStringLiteral("never sent: no SENT row"));
            continue;
        }
        m_reconciler->start(entry);
        return;
    }
}

void BorrowRepayService::onVerdict(const AuditEntry &entry, ActionReconciler::Verdict verdict,
                                   const BorrowRepayRecord &record, const QString &note) {
    using V = ActionReconciler::Verdict;
    const bool executed = verdict == V::Executed;
    AuditEntry e = entry;
    e.id = 0;
    e.timeMs = 0;
    e.state = verdict == V::Executed      ? State::ReconciledExecuted
              : verdict == V::NotExecuted ? State::ReconciledNotExecuted
                                          : State::ProbablyExecuted;
    e.tranId = verdict != V::NotExecuted ? QString::number(record.tranId) : QString();
    e.actualAmount = executed ? std::optional<Decimal>(record.amount) : std::nullopt;
    e.exchangeCode = 0;
    e.exchangeMessage = note;
    if (!m_log->append(e))
        qWarning("audit log: could not journal the reconciliation of action %lld: %s",
                 entry.intentId, qPrintable(m_log->errorString()));
    m_pending.removeIf([&](const AuditEntry &p) { return p.intentId == entry.intentId; });

    ActionResult result;
    result.intentId = entry.intentId;
    result.order.action = entry.action;
    result.order.groupId = entry.groupId;
    result.order.asset = entry.asset;
    result.order.amount = entry.requestedAmount;
    result.order.repayFrom = entry.repayFrom == QLatin1String("SPOT") ? RepayRequest::From::Spot
                                                                      : RepayRequest::From::Margin;
    result.order.projectedLtv = entry.projectedLtv;
    result.order.secondOperator = entry.secondOperator;
    result.state = e.state;
    result.tranId = e.tranId;
    result.actualAmount = e.actualAmount;
    updateGate();
    Q_EMIT actionReconciled(result);
    refreshState();
    reconcileNext();
}

void BorrowRepayService::updateGate() {
    m_gate.setInFlight(m_inFlight != 0);
    m_gate.setUnknown(!m_pending.isEmpty());
    m_gate.setAuditAvailable(m_log && m_log->isOpen());
    Q_EMIT gateChanged();
}

void BorrowRepayService::refreshState() {
    // The poll is skipped when one is already running; the next regular poll then catches up.
    if (m_session->scheduler()->isRunning())
        m_session->scheduler()->refreshNow();
}

} // namespace loandesk
