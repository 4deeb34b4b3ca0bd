#include "actiongate.h"

#include "exchange/exchangeclient.h"
#include "exchange/weighttracker.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

namespace loandesk {

namespace {

QString actionPath(AuditEntry::Action action) {
    return action == AuditEntry::Action::Borrow
               ? QStringLiteral("/sapi/v1/margin/loan-group/borrow")
               : QStringLiteral("/sapi/v1/margin/loan-group/repay");
}

bool active(const QDateTime &until, const QDateTime &now) {
    return until.isValid() && now < until;
}

} // namespace

ActionGate::ActionGate(MonitorSession *session)
    : m_session(session) {}

void ActionGate::noteExchangeCode(qint64 groupId, int code, const QDateTime &at) {
    Hold &hold = m_holds[groupId];
    switch (code) {
    case -27024:
    case -1024:
        hold.liquidation = at.addMSecs(LiquidationHoldMs);
        break;
    case -27025:
    case -1025:
        hold.pending = at.addMSecs(PendingHoldMs);
        break;
    case -27031:
        hold.collateral = at.addMSecs(CollateralHoldMs);
        break;
    default:
        break;
    }
}

QDateTime ActionGate::blockedUntil(qint64 groupId, Reason reason) const {
    const Hold hold = m_holds.value(groupId);
    switch (reason) {
    case Reason::Liquidating:
        return hold.liquidation;
    case Reason::PendingTransaction:
        return hold.pending;
    case Reason::CollateralJustAdded:
        return hold.collateral;
    default:
        return {};
    }
}

QList<ActionGate::Reason> ActionGate::reasons(qint64 groupId, AuditEntry::Action action,
                                              const QDateTime &now) const {
    QList<Reason> out;
    if (!m_session || !m_session->creditClient(groupId))
        out.append(Reason::NoCreditKey);
    if (m_readOnly)
        out.append(Reason::ReadOnlyProfile);

    const Hold hold = m_holds.value(groupId);
    bool liquidating = active(hold.liquidation, now);
    // A borrow is refused on our own reading of the LTV; a repay is the cure and our reading may
    // be seconds old, so only the exchange's own -27024/-1024 blocks it.
    if (m_session && action == AuditEntry::Action::Borrow) {
        if (const UnitStatus *status = m_session->state()->unit(groupId)) {
            const std::optional<Decimal> ltv = status->unit.computedLtv();
            const LtvBands bands = m_session->state()->bands(groupId);
            // An undefined LTV with a liability is past every threshold.
            liquidating = liquidating || (ltv ? *ltv >= bands.liquidation
                                              : status->unit.totalLiability.isPositive());
        }
    }
    if (liquidating)
        out.append(Reason::Liquidating);
    if (active(hold.pending, now))
        out.append(Reason::PendingTransaction);
    // -27031 blocks borrows and transfers, not repays.
    if (action == AuditEntry::Action::Borrow && active(hold.collateral, now))
        out.append(Reason::CollateralJustAdded);
    if (m_session) {
        const WeightTracker *weights = m_session->weights();
        const QDateTime ban = weights->bannedUntil();
        if (ban.isValid() && now < ban)
            out.append(Reason::Banned);
        else if (weights->isPaused(actionPath(action), now))
            out.append(Reason::RateLimited);
    }
    if (m_inFlight.contains(groupId))
        out.append(Reason::ActionInFlight);
    if (m_unknown.contains(groupId))
        out.append(Reason::ActionUnknown);
    if (!m_auditAvailable)
        out.append(Reason::AuditUnavailable);
    return out;
}

} // namespace loandesk
