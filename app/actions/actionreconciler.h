#pragma once

#include "auditentry.h"

#include "domain/borrowrepayrecord.h"
#include "exchange/exchangeerror.h"

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

    ActionReconciler(AuditLog *log, QObject *parent = nullptr);

    void setSettleDelayMs(qint64 ms) { m_settleDelayMs = ms; }
    // Starts (or restarts) reconciling `entry`, the latest row of an unresolved action.
    void start(const AuditEntry &entry, ExchangeClient *client);
    bool isRunning() const { return m_running; }

    // The record that proves `entry` happened: same type and asset, confirmed, at or after the
    // submit time (less the clock tolerance); a borrow of exactly the amount, a repay of at most
    // it (the exchange repays min(available, requested)); not claimed by another action. The
    // earliest such row wins.
    static std::optional<BorrowRepayRecord>
    match(const AuditEntry &entry, const QList<BorrowRepayRecord> &rows,
          const std::function<bool(const QString &tranId)> &claimed);

Q_SIGNALS:
    // executed: `record` is the proof; otherwise `record` is empty. `note` is for the journal.
    void verdictReached(const loandesk::AuditEntry &entry, bool executed,
                        const loandesk::BorrowRepayRecord &record, const QString &note);
    // A read failed; the reconciler tries again after a backoff.
    void checkFailed(const loandesk::AuditEntry &entry, const loandesk::ExchangeError &error);

private:
    void check();
    void conclude(bool executed, const BorrowRepayRecord &record);
    void retryLater(const ExchangeError &error);

    AuditLog *m_log;
    QPointer<ExchangeClient> m_client;
    AuditEntry m_entry;
    QTimer m_timer;
    qint64 m_settleDelayMs = DefaultSettleDelayMs;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace loandesk
