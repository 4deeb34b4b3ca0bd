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
    , m_gate(session) {
    qRegisterMetaType<ActionResult>();
    // Keys come after the window on the real start-up path (profile and demo alike), and can be
    // added later in Settings: a unit's open actions are checked from then on.
    connect(session, &MonitorSession::creditCredentialsChanged, this,
            &BorrowRepayService::onCreditKey);
    updateGate();
}

BorrowRepayService::~BorrowRepayService() = default;

void BorrowRepayService::setGracePeriodMs(qint64 ms) {
    m_gracePeriodMs = ms;
    for (ActionReconciler *reconciler : std::as_const(m_reconcilers))
        reconciler->setGracePeriodMs(ms);
}

bool BorrowRepayService::owns(const AuditEntry &entry) const {
    if (m_ownsWholeJournal)
        return true;
    if (entry.profile != m_profile)
        return false;
    return entry.baseUrl.isEmpty() || QUrl(entry.baseUrl).adjusted(QUrl::StripTrailingSlash) ==
                                          m_session->baseUrl().adjusted(QUrl::StripTrailingSlash);
}

ActionReconciler *BorrowRepayService::reconcilerFor(qint64 groupId) {
    ActionReconciler *&reconciler = m_reconcilers[groupId];
    if (!reconciler) {
        reconciler = new ActionReconciler(
            m_log, [this](qint64 group) { return m_session->creditClient(group); }, this);
        reconciler->setGracePeriodMs(m_gracePeriodMs);
        connect(reconciler, &ActionReconciler::verdictReached, this,
                &BorrowRepayService::onVerdict);
        connect(reconciler, &ActionReconciler::checkFailed, this,
                &BorrowRepayService::onCheckFailed);
        connect(reconciler, &ActionReconciler::stillOpen, this,
                [this](const AuditEntry &entry, const QString &, const QDateTime &next) {
                    onStillOpen(entry, next);
                });
    }
    return reconciler;
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
    m_inFlight.insert(id, order.groupId);
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

    m_inFlight.remove(intentId);
    if (state == State::Rejected)
        m_gate.noteExchangeCode(order.groupId, error.code);
    const ActionResult result{intentId, order, state, tranId, actual, error};
    if (state == State::Unknown) {
        m_pending.append(OpenAction::of(e));
        updateGate();
        Q_EMIT actionUnknown(result);
        Q_EMIT openActionsChanged();
        reconcileUnit(order.groupId);
        return;
    }
    updateGate();
    Q_EMIT actionSettled(result);
    refreshState();
}

void BorrowRepayService::reconcilePending() {
    if (!m_log)
        return;
    QSet<qint64> units;
    for (const AuditEntry &e : m_log->unresolved()) {
        // Another profile's (or another exchange's) action is that desk's to settle.
        if (!owns(e))
            continue;
        const bool queued =
            std::any_of(m_pending.cbegin(), m_pending.cend(),
                        [&](const OpenAction &p) { return p.entry.intentId == e.intentId; });
        if (!queued && !m_inFlight.contains(e.intentId)) {
            m_pending.append(OpenAction::of(e, e.state == State::ProbablyExecuted
                                                   ? OpenAction::Check::ProbablyExecuted
                                                   : OpenAction::Check::Checking));
        }
        units.insert(e.groupId);
    }
    updateGate();
    Q_EMIT openActionsChanged();
    for (qint64 groupId : std::as_const(units))
        reconcileUnit(groupId);
}

void BorrowRepayService::reconcileUnit(qint64 groupId) {
    ActionReconciler *reconciler = reconcilerFor(groupId);
    if (reconciler->isRunning())
        return;
    // The unit's oldest action that a check can settle; a probable execution waits for a person.
    const auto next = std::find_if(m_pending.begin(), m_pending.end(), [&](const OpenAction &p) {
        return p.entry.groupId == groupId && p.check != OpenAction::Check::ProbablyExecuted;
    });
    if (next == m_pending.end())
        return;
    if (next->entry.state == State::Intent) {
        // Journaled but never handed to the network (a crash or a failed SENT write).
        const AuditEntry intent = next->entry; // onVerdict() removes it from m_pending
        onVerdict(intent, ActionReconciler::Verdict::NotExecuted, {},
                  QStringLiteral("never sent: no SENT row"));
        return;
    }
    if (!m_session->creditClient(groupId)) {
        // Nothing to check with until a key is added (onCreditKey), or a person resolves it.
        next->check = OpenAction::Check::NoCreditKey;
        next->nextCheck = {};
        Q_EMIT openActionsChanged();
        return;
    }
    next->check = OpenAction::Check::Checking;
    next->nextCheck = {};
    const AuditEntry entry = next->entry;
    Q_EMIT openActionsChanged();
    reconciler->start(entry);
}

void BorrowRepayService::dropReconciler(qint64 groupId) {
    // Deleting it also drops the answer of a check still under way (its context is gone).
    delete m_reconcilers.take(groupId);
}

void BorrowRepayService::onCreditKey(qint64 groupId) {
    const ActionReconciler *reconciler = m_reconcilers.value(groupId);
    const bool waitingAfterFailure =
        reconciler && reconciler->isRunning() &&
        std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const OpenAction &p) {
            return p.entry.intentId == reconciler->entry().intentId &&
                   p.check == OpenAction::Check::Failed;
        });
    // A new key may cure what failed: check at once instead of after the backoff. A check under
    // way picks the new client up at its next look.
    if (waitingAfterFailure)
        dropReconciler(groupId);
    updateGate();
    reconcileUnit(groupId);
}

void BorrowRepayService::onCheckFailed(const AuditEntry &entry, const ExchangeError &error,
                                       const QDateTime &nextCheck) {
    for (OpenAction &p : m_pending) {
        if (p.entry.intentId != entry.intentId)
            continue;
        p.check = OpenAction::Check::Failed;
        p.error = error;
        p.nextCheck = nextCheck;
        if (!p.failingSince.isValid())
            p.failingSince = QDateTime::currentDateTimeUtc();
    }
    Q_EMIT openActionsChanged();
}

void BorrowRepayService::onStillOpen(const AuditEntry &entry, const QDateTime &nextCheck) {
    for (OpenAction &p : m_pending) {
        if (p.entry.intentId != entry.intentId)
            continue;
        p.check = OpenAction::Check::Undecided;
        p.error = {};
        p.nextCheck = nextCheck;
        p.failingSince = {};
    }
    Q_EMIT openActionsChanged();
}

bool BorrowRepayService::resolvableByHand(const OpenAction &action) const {
    switch (action.check) {
    case OpenAction::Check::NoCreditKey:
    case OpenAction::Check::ProbablyExecuted:
        return true;
    case OpenAction::Check::Failed:
        return action.failingSince.isValid() &&
               action.failingSince.msecsTo(QDateTime::currentDateTimeUtc()) >= UnreachableForLongMs;
    case OpenAction::Check::Checking:
    case OpenAction::Check::Undecided:
        break;
    }
    // The key may be gone for a unit that is not being checked (e.g. never had one).
    return !m_session->creditClient(action.entry.groupId) && action.entry.state != State::Intent;
}

QList<OpenAction> BorrowRepayService::openActions() const {
    QList<OpenAction> out = m_pending;
    for (OpenAction &p : out)
        p.resolvableByHand = resolvableByHand(p);
    return out;
}

bool BorrowRepayService::resolveByHand(qint64 intentId, bool executed, const QString &note) {
    const auto open = std::find_if(m_pending.cbegin(), m_pending.cend(), [&](const OpenAction &p) {
        return p.entry.intentId == intentId;
    });
    if (open == m_pending.cend() || note.trimmed().isEmpty() || !resolvableByHand(*open) || !m_log)
        return false;
    AuditEntry e = open->entry;
    e.id = 0;
    e.timeMs = 0;
    e.osUser = osUserName(); // who checked, which may not be who sent it
    e.state = executed ? State::ResolvedByHandExecuted : State::ResolvedByHandNotExecuted;
    // An executed probable match claims its transaction; otherwise nothing is claimed.
    e.tranId =
        executed && open->check == OpenAction::Check::ProbablyExecuted ? e.tranId : QString();
    e.actualAmount = std::nullopt;
    e.exchangeCode = 0;
    e.exchangeMessage = note.trimmed();
    if (!m_log->append(e)) {
        qWarning("audit log: could not journal the resolution of action %lld: %s", intentId,
                 qPrintable(m_log->errorString()));
        return false;
    }
    const ActionReconciler *reconciler = m_reconcilers.value(e.groupId);
    if (reconciler && reconciler->isRunning() && reconciler->entry().intentId == intentId)
        dropReconciler(e.groupId);
    closeOpenAction(e);
    return true;
}

void BorrowRepayService::onVerdict(const AuditEntry &entry, ActionReconciler::Verdict verdict,
                                   const BorrowRepayRecord &record, const QString &note) {
    using V = ActionReconciler::Verdict;
    // Only an action still open gets a verdict (not one a person resolved meanwhile).
    if (std::none_of(m_pending.cbegin(), m_pending.cend(),
                     [&](const OpenAction &p) { return p.entry.intentId == entry.intentId; }))
        return;
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
    if (verdict == V::ProbablyExecuted) {
        // Stays open, and its unit blocked, until a person checks the exchange.
        for (OpenAction &p : m_pending) {
            if (p.entry.intentId == entry.intentId)
                p = OpenAction::of(e, OpenAction::Check::ProbablyExecuted);
        }
    }
    closeOpenAction(e);
}

void BorrowRepayService::closeOpenAction(const AuditEntry &e) {
    if (AuditEntry::isFinal(e.state))
        m_pending.removeIf([&](const OpenAction &p) { return p.entry.intentId == e.intentId; });

    ActionResult result;
    result.intentId = e.intentId;
    result.order.action = e.action;
    result.order.groupId = e.groupId;
    result.order.asset = e.asset;
    result.order.amount = e.requestedAmount;
    result.order.repayFrom = e.repayFrom == QLatin1String("SPOT") ? RepayRequest::From::Spot
                                                                  : RepayRequest::From::Margin;
    result.order.projectedLtv = e.projectedLtv;
    result.order.secondOperator = e.secondOperator;
    result.state = e.state;
    result.tranId = e.tranId;
    result.actualAmount = e.actualAmount;
    updateGate();
    Q_EMIT actionReconciled(result);
    Q_EMIT openActionsChanged();
    refreshState();
    reconcileUnit(e.groupId);
}

void BorrowRepayService::setReadOnly(bool readOnly) {
    if (m_gate.isReadOnly() == readOnly)
        return;
    m_gate.setReadOnly(readOnly);
    Q_EMIT gateChanged();
}

void BorrowRepayService::updateGate() {
    QSet<qint64> inFlight;
    for (qint64 groupId : std::as_const(m_inFlight))
        inFlight.insert(groupId);
    QSet<qint64> unknown;
    for (const OpenAction &p : std::as_const(m_pending))
        unknown.insert(p.entry.groupId);
    m_gate.setInFlight(inFlight);
    m_gate.setUnknown(unknown);
    m_gate.setAuditAvailable(m_log && m_log->isOpen());
    Q_EMIT gateChanged();
}

void BorrowRepayService::refreshState() {
    // The poll is skipped when one is already running; the next regular poll then catches up.
    if (m_session->scheduler()->isRunning())
        m_session->scheduler()->refreshNow();
}

} // namespace loandesk
