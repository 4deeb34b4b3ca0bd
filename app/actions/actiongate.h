#pragma once

#include "auditentry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace loandesk {

class MonitorSession;

// Why a borrow or repay cannot be started now, as values; ui/ words them. Blocks come from
// what LoanDesk knows (keys, profile, the unit's LTV, the rate-limit pauses) and from exchange
// codes seen recently, which stop the desk from hammering a unit that just said "not now".
// Lives on the GUI thread, owned by BorrowRepayService.
class ActionGate {
public:
    enum class Reason {
        NoCreditKey,         // no credit-account key for this unit: read-only monitoring
        ReadOnlyProfile,     // the profile is marked read-only
        Liquidating,         // -27024/-1024 seen recently, or LTV at/above liquidation
        PendingTransaction,  // -27025 (or -1025) seen recently
        CollateralJustAdded, // -27031: borrowing blocked for 2 minutes
        RateLimited,         // the client pauses borrow/repay after a 429
        Banned,              // the IP is banned (418)
        ActionInFlight,      // a borrow or repay on this unit is waiting for its answer
        ActionUnknown,       // an earlier action on this unit is not yet reconciled
        AuditUnavailable,    // the journal cannot be written: nothing is sent without it
        InvalidOrder,        // amount not positive or over 8 places, unknown asset (service only)
        SecondOperatorRequired, // at/above the four-eyes threshold without a second operator
                                // other than the OS user (service only)
    };

    static constexpr qint64 LiquidationHoldMs = 2 * 60 * 1000;
    static constexpr qint64 PendingHoldMs = 30 * 1000;
    static constexpr qint64 CollateralHoldMs = 2 * 60 * 1000;

    explicit ActionGate(MonitorSession *session);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    // Blocks are per unit: an action open on one unit never stops another unit's repay.
    void setInFlight(const QSet<qint64> &groupIds) { m_inFlight = groupIds; }
    void setUnknown(const QSet<qint64> &groupIds) { m_unknown = groupIds; }
    void setAuditAvailable(bool available) { m_auditAvailable = available; }

    // Remembers a refusal code for the unit (-27024, -1024, -27025, -1025, -27031).
    void noteExchangeCode(qint64 groupId, int code,
                          const QDateTime &at = QDateTime::currentDateTimeUtc());

    // Every reason that applies, in the order above; empty when the action may start.
    QList<Reason> reasons(qint64 groupId, AuditEntry::Action action,
                          const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // When a time-limited block ends (for a countdown); invalid when none applies.
    QDateTime blockedUntil(qint64 groupId, Reason reason) const;

private:
    struct Hold {
        QDateTime liquidation;
        QDateTime pending;
        QDateTime collateral;
    };

    MonitorSession *m_session;
    QHash<qint64, Hold> m_holds;
    bool m_readOnly = false;
    QSet<qint64> m_inFlight; // units with an action waiting for its answer
    QSet<qint64> m_unknown;  // units with an action not yet reconciled
    bool m_auditAvailable = true;
};

} // namespace loandesk
