#pragma once

#include "collateralaccount.h"
#include "liability.h"

#include <QList>
#include <QString>

#include <optional>

namespace loandesk {

// One risk unit (loan group) exactly as ltv-details reports it, plus figures recomputed from
// its members so the dashboard can cross-check the exchange.
struct RiskUnit {
    qint64 groupId = 0;
    QString parentEmail;
    QString creditEmail;
    qint64 updateTimeMs = 0;
    Decimal ltv;
    Decimal totalNetEquity;
    Decimal totalMaintenanceMargin;
    Decimal totalLiability;
    Decimal parentAccountFrozenAmount;
    Decimal maxTransferOutAmount;
    Decimal maxAllowedBorrowLimit;
    QList<Liability> liabilities;
    QList<CollateralAccount> members;

    Decimal memberNetEquity() const;         // Σ wallet netEquity
    Decimal memberMaintenanceMargin() const; // Σ wallet maintainMargin
    Decimal liabilitySum() const;            // Σ principal + interest
    // LTV recomputed from the reported totals; nullopt when equity ≤ maintenance margin.
    std::optional<Decimal> computedLtv() const;
    // True when the exchange's `ltv` differs from computedLtv() by more than the rounding of
    // its own string (half a unit in its last place, with a small floor).
    bool ltvDisagrees() const;
    const CollateralAccount *creditMember() const;

    bool operator==(const RiskUnit &) const = default;
};

} // namespace loandesk
