#pragma once

#include "actiongate.h"
#include "actionreconciler.h"
#include "actionresult.h"
#include "foureyescheck.h"
#include "openaction.h"

#include "settings/actionlimits.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace loandesk {

class AuditLog;
class MonitorSession;

// Sends borrows and repays, each exactly once, with a journal entry before anything leaves:
// INTENT, SENT, then the answer (SETTLED_OK / REJECTED) or UNKNOWN when the outcome cannot be
// known. Nothing is ever retried; an UNKNOWN action is reconciled from the exchange's records
// before another may start on its unit, and so are actions a crash left open
// (reconcilePending()). Blocks are per unit, and each unit is reconciled on its own, so one
// unreachable or keyless unit never holds up another's repay. An action belongs to the profile
// and exchange URL that sent it: only that desk reconciles it or is blocked by it. GUI thread.
class BorrowRepayService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BorrowRepayService)

public:
    struct Submission {
        qint64 intentId = 0;
        QList<ActionGate::Reason> refused;
        bool accepted() const { return intentId > 0 && refused.isEmpty(); }
    };

    BorrowRepayService(MonitorSession *session, AuditLog *log, const QString &profile,
                       QObject *parent = nullptr);
    ~BorrowRepayService() override;

    ActionGate &gate() { return m_gate; }
    AuditLog *auditLog() const { return m_log; }
    MonitorSession *session() const { return m_session; }
    // How long after the submit an unanswered action may still turn up on the exchange
    // (ActionReconciler::DefaultGracePeriodMs unless set).
    void setGracePeriodMs(qint64 ms);
    qint64 gracePeriodMs() const { return m_gracePeriodMs; }
    // The unit's reconciler (made on first use), for watching its checks.
    ActionReconciler *reconciler(qint64 groupId) { return reconcilerFor(groupId); }
    // The profile's thresholds; an order at or above the four-eyes one is refused without an
    // approval token from fourEyes() that fits it (a name alone is not enough).
    void setLimits(const ActionLimits &limits) { m_limits = limits; }
    // The profile's read-only flag; Borrow and Repay follow it at once (gateChanged).
    void setReadOnly(bool readOnly);
    const ActionLimits &limits() const { return m_limits; }
    FourEyesCheck &fourEyes() { return m_fourEyes; }

    Submission submit(const ActionOrder &order);
    Submission submitBorrow(qint64 groupId, const QString &asset, const Decimal &amount,
                            const std::optional<Decimal> &projectedLtv = {},
                            const QString &fourEyesToken = {});
    Submission submitRepay(qint64 groupId, const QString &asset, const Decimal &amount,
                           RepayRequest::From from = RepayRequest::From::Margin,
                           const std::optional<Decimal> &projectedLtv = {},
                           const QString &fourEyesToken = {});

    // Reasons a new action on `groupId` would be refused now (empty: allowed).
    QList<ActionGate::Reason> reasons(qint64 groupId, AuditEntry::Action action) const;
    bool isInFlight() const { return !m_inFlight.isEmpty(); }
    bool hasUnknown() const { return !m_pending.isEmpty(); }

    // Reconciles every action of this desk the journal shows as open (INTENT, SENT, UNKNOWN), e.g.
    // after a crash. Call once at start; a unit is checked once its credit client exists (now,
    // or when its key is added), and new actions on a unit are refused until its are settled.
    void reconcilePending();
    // Whether `entry` was sent by this desk: the same profile and exchange URL (rows from before
    // schema 2 have no URL: the profile alone). The demo desk owns its whole, separate journal:
    // each demo run's simulator has a new port.
    bool owns(const AuditEntry &entry) const;
    void setOwnsWholeJournal(bool whole) { m_ownsWholeJournal = whole; }

    // This desk's open actions, oldest first, with what their last check found.
    QList<OpenAction> openActions() const;
    // An operator who checked the exchange closes an open action that cannot be checked (no
    // credit key, checks failing for UnreachableForLongMs) or is probably executed. `note` (what
    // they saw) is required; the row carries their OS user. False when not allowed or not written.
    bool resolveByHand(qint64 intentId, bool executed, const QString &note);
    static constexpr qint64 UnreachableForLongMs = 5 * 60 * 1000;

    static QString osUserName(); // OsLogin::current()
    // The first operator of a four-eyes action, as its INTENT and SENT rows name them (empty
    // for other rows and actions without four-eyes).
    static QString firstOperatorOf(const AuditEntry &entry);

Q_SIGNALS:
    void actionStarted(qint64 intentId);
    void actionSettled(const loandesk::ActionResult &result);
    void actionUnknown(const loandesk::ActionResult &result);
    void actionReconciled(const loandesk::ActionResult &result);
    // Anything that may change reasons(): in flight, unknown, a hold from an exchange code.
    void gateChanged();
    // openActions() changed: one opened, closed, or a check started, failed or was put off.
    void openActionsChanged();

private:
    AuditEntry entryFor(const ActionOrder &order, qint64 intentId, AuditEntry::State state) const;
    void journalAnswer(const ActionOrder &order, qint64 intentId, const ExchangeError &error,
                       const QString &tranId, const std::optional<Decimal> &actual);
    void onVerdict(const AuditEntry &entry, ActionReconciler::Verdict verdict,
                   const BorrowRepayRecord &record, const QString &note);
    void reconcileUnit(qint64 groupId);
    ActionReconciler *reconcilerFor(qint64 groupId);
    void dropReconciler(qint64 groupId);
    void onCreditKey(qint64 groupId);
    void onCheckFailed(const AuditEntry &entry, const ExchangeError &error,
                       const QDateTime &nextCheck);
    void onStillOpen(const AuditEntry &entry, const QDateTime &nextCheck);
    void closeOpenAction(const AuditEntry &closing);
    bool resolvableByHand(const OpenAction &action) const;
    void updateGate();
    void refreshState();

    MonitorSession *m_session;
    AuditLog *m_log;
    QString m_profile;
    ActionGate m_gate;
    ActionLimits m_limits;
    FourEyesCheck m_fourEyes;
    qint64 m_gracePeriodMs = ActionReconciler::DefaultGracePeriodMs;
    bool m_ownsWholeJournal = false;
    QHash<qint64, ActionReconciler *> m_reconcilers; // per unit: its open actions in order
    QHash<qint64, qint64> m_inFlight;                // intent id → unit, waiting for the answer
    QList<OpenAction> m_pending;                     // unresolved actions of this desk, in order
};

} // namespace loandesk
