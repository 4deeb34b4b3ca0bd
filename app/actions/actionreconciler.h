#pragma once

#include "auditentry.h"

#include "domain/borrowrepayrecord.h"
#include "exchange/exchangeerror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace loandesk {

class AuditLog;
class ExchangeClient;

// Finds out whether an action whose answer was lost happened, from the exchange's own records
// (API notes 6.5): borrow-repay rows of the same type and asset in a window around the submit
// time, and ltv-details for the liability afterwards. Only reads; never resends anything.
// "Not executed" is only concluded once the request's receive window has passed, since the
// exchange would refuse it after that. One reconciliation at a time; GUI thread.
class ActionReconciler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionReconciler)

public:
    // recvWindow (5 s) plus margin for clock error and the exchange's processing.
    static constexpr qint64 DefaultSettleDelayMs = 10000;
    static constexpr qint64 ClockToleranceMs = 2000;

    enum class Verdict {
        Executed,         // a record proves it
        NotExecuted,      // the exchange could no longer show it, and it shows nothing
        ProbablyExecuted, // a candidate record that cannot be claimed for sure: a person checks
    };
    // The unit's credit client as it is now: looked up at every check, because keys can be
    // added (or the session replaced) while an action waits. May return null (no key yet).
    using ClientLookup = std::function<ExchangeClient *(qint64 groupId)>;

    ActionReconciler(AuditLog *log, ClientLookup clients, QObject *parent = nullptr);

    void setSettleDelayMs(qint64 ms) { m_settleDelayMs = ms; }
    // Starts (or restarts) reconciling `entry`, the latest row of an unresolved action.
    void start(const AuditEntry &entry);
    // Stops checking (e.g. the action was resolved by hand); emits nothing more for it.
    void stop();
    bool isRunning() const { return m_running; }
    const AuditEntry &entry() const { return m_entry; }

    // The record that proves `entry` happened: same type and asset, confirmed, at or after the
    // submit time (less the clock tolerance); a borrow of exactly the amount, a repay of at most
    // it (the exchange repays min(available, requested)); not claimed by another action. The
    // earliest such row wins.
    static std::optional<BorrowRepayRecord>
    match(const AuditEntry &entry, const QList<BorrowRepayRecord> &rows,
          const std::function<bool(const QString &tranId)> &claimed);

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
    void check();
    void conclude(Verdict verdict, const BorrowRepayRecord &record);
    void retryLater(const ExchangeError &error);

    AuditLog *m_log;
    ClientLookup m_clients;
    AuditEntry m_entry;
    QTimer m_timer;
    qint64 m_settleDelayMs = DefaultSettleDelayMs;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace loandesk
