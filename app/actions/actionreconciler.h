#pragma once

#include "auditentry.h"

#include "domain/borrowrepayrecord.h"
#include "exchange/exchangeerror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace loandesk {

class AuditLog;
class ExchangeClient;
class RecordsSweep;

// Finds out whether an action whose answer was lost happened, from the exchange's own records
// (API notes 6.5). Only reads; never resends anything. Each check reads every page of the unit's
// borrow and repay records for the asset from before the submit to now, then its liability.
// - Executed: exactly one record fits (RecordMatch), at once.
// - ProbablyExecuted: a record fits but cannot be claimed for sure; concluded only once the
//   grace period is over, since the action's own record may still appear and settle it.
// - NotExecuted: only once the grace period is over, no record fits and the liability leaves no
//   room for the action (LiabilityEvidence). Without a liability from before the action, or when
//   the liability moved as if it had executed, the action stays open: an operator resolves it.
// Until a verdict it re-checks with backoff and says why and when. One action at a time; GUI
// thread.
class ActionReconciler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionReconciler)

public:
    // How long after the submit the exchange may still execute an order or publish its record
    // before "not executed" can be concluded. The receive window (5 s) bounds when the exchange
    // may *accept* a request, not when its back end carries it out or lists it; 2 minutes covers
    // a queued back end and a records listing that lags, at the cost of the unit's actions
    // waiting that long after a lost answer.
    static constexpr qint64 DefaultGracePeriodMs = 2 * 60 * 1000;
    // How far a record's time may precede our estimate of the exchange's clock at submit.
    static constexpr qint64 ClockToleranceMs = 2000;
    // Records read before the submit: the liability before was polled up to a poll interval
    // earlier, and what happened in between explains part of its change.
    static constexpr qint64 ReadBeforeMs = 5 * 60 * 1000;
    static constexpr int FirstRecheckMs = 1000;
    static constexpr int MaxRecheckMs = 60 * 1000;

    enum class Verdict {
        Executed,         // a record proves it
        NotExecuted,      // the records and the liability leave no room for it
        ProbablyExecuted, // a candidate record that cannot be claimed for sure: a person checks
    };
    // The unit's credit client as it is now: looked up at every check, because keys can be
    // added (or the session replaced) while an action waits. May return null (no key yet).
    using ClientLookup = std::function<ExchangeClient *(qint64 groupId)>;

    ActionReconciler(AuditLog *log, ClientLookup clients, QObject *parent = nullptr);
    ~ActionReconciler() override;

    void setGracePeriodMs(qint64 ms) { m_gracePeriodMs = ms; }
    qint64 gracePeriodMs() const { return m_gracePeriodMs; }
    // Starts (or restarts) reconciling `entry`, the latest row of an unresolved action.
    void start(const AuditEntry &entry);
    // Stops checking (e.g. the action was resolved by hand); emits nothing more for it.
    void stop();
    bool isRunning() const { return m_running; }
    const AuditEntry &entry() const { return m_entry; }
    // The exchange's time the action was sent at, as journaled.
    qint64 submitTimeMs() const;
    qint64 graceEndMs() const { return submitTimeMs() + m_gracePeriodMs; }

Q_SIGNALS:
    // Executed / ProbablyExecuted: `record` is the (candidate) proof; NotExecuted: `record` is
    // empty. `note` names the evidence, for the journal.
    void verdictReached(const loandesk::AuditEntry &entry,
                        loandesk::ActionReconciler::Verdict verdict,
                        const loandesk::BorrowRepayRecord &record, const QString &note);
    // A read failed (or there is no client); the reconciler tries again at `nextCheck` (UTC).
    void checkFailed(const loandesk::AuditEntry &entry, const loandesk::ExchangeError &error,
                     const QDateTime &nextCheck);
    // The reads worked but cannot decide yet (e.g. the exchange could still show the order);
    // `why` is English, for the journal and the log; checks again at `nextCheck` (UTC).
    void stillOpen(const loandesk::AuditEntry &entry, const QString &why,
                   const QDateTime &nextCheck);

private:
    struct Reads;

    void check();
    void readRecords(ExchangeClient *client, quint64 run);
    void readLiability(ExchangeClient *client, quint64 run, const std::shared_ptr<Reads> &reads);
    void decide(const Reads &reads);
    void conclude(Verdict verdict, const BorrowRepayRecord &record, const QString &note);
    void recheck(const QString &why, qint64 checkedAtMs);
    void retryLater(const ExchangeError &error);
    bool current(quint64 run) const { return m_running && run == m_run; }
    void endCheck();

    AuditLog *m_log;
    ClientLookup m_clients;
    AuditEntry m_entry;
    qint64 m_submitMs = 0;
    QTimer m_timer;
    qint64 m_gracePeriodMs = DefaultGracePeriodMs;
    int m_failures = 0;
    int m_rechecks = 0;
    bool m_running = false;
    quint64 m_run =
        0; // a new number per start(), stop() and client loss: older replies are dropped
    QPointer<RecordsSweep> m_sweep;
    QMetaObject::Connection m_clientGone;
};

} // namespace loandesk
