#pragma once

#include "actiongate.h"
#include "actionreconciler.h"
#include "actionresult.h"
#include "foureyescheck.h"

#include "settings/actionlimits.h"

#include <QList>
#include <QObject>

namespace loandesk {

class AuditLog;
class MonitorSession;

// Sends borrows and repays, each exactly once, with a journal entry before anything leaves:
// INTENT, SENT, then the answer (SETTLED_OK / REJECTED) or UNKNOWN when the outcome cannot be
// known. Nothing is ever retried; an UNKNOWN action is reconciled from the exchange's records
// before another may start, and so are actions a crash left open (reconcilePending()).
// One action at a time across all units. GUI thread.
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
    void setSettleDelayMs(qint64 ms);
    // The profile's thresholds; an order at or above the four-eyes one is refused without an
    // approval token from fourEyes() that fits it (a name alone is not enough).
    void setLimits(const ActionLimits &limits) { m_limits = limits; }
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
    bool isInFlight() const { return m_inFlight != 0; }
    bool hasUnknown() const { return !m_pending.isEmpty(); }

    // Reconciles every action the journal shows as open (INTENT, SENT or UNKNOWN), e.g. after
    // a crash. Call once at start; new actions are refused until all are settled.
    void reconcilePending();

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

private:
    AuditEntry entryFor(const ActionOrder &order, qint64 intentId, AuditEntry::State state) const;
    void journalAnswer(const ActionOrder &order, qint64 intentId, const ExchangeError &error,
                       const QString &tranId, const std::optional<Decimal> &actual);
    void onVerdict(const AuditEntry &entry, ActionReconciler::Verdict verdict,
                   const BorrowRepayRecord &record, const QString &note);
    void reconcileNext();
    void updateGate();
    void refreshState();

    MonitorSession *m_session;
    AuditLog *m_log;
    QString m_profile;
    ActionGate m_gate;
    ActionLimits m_limits;
    FourEyesCheck m_fourEyes;
    ActionReconciler *m_reconciler;
    qint64 m_inFlight = 0;       // intent id of the action waiting for its answer
    QList<AuditEntry> m_pending; // unresolved actions, reconciled in order
};

} // namespace loandesk
