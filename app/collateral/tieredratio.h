#pragma once

#include "collateraltier.h"

#include <QList>

#include <optional>

namespace loandesk {

// One asset's collateral-ratio table in one kind of wallet. Applied as marginal slices: each
// tier's rate applies only to the part of the USD value that falls inside that tier.
class TieredRatio {
public:
    TieredRatio() = default;                           // no tier at all: nothing is covered
    explicit TieredRatio(QList<CollateralTier> tiers); // sorted by floor on construction
    static TieredRatio flat(const Decimal &rate);      // one tier from 0, no cap

    const QList<CollateralTier> &tiers() const { return m_tiers; }
    bool isEmpty() const { return m_tiers.isEmpty(); }

    // Collateral value of a holding worth `usdValue` (≥ 0), exact. nullopt when some part of
    // the value is covered by no tier (a gap between tiers, a first floor above 0, or a value
    // above the last cap), or for a negative or invalid value.
    std::optional<Decimal> collateralValue(const Decimal &usdValue) const;
    // The floors above 0: the USD values at which the marginal rate changes.
    QList<Decimal> breakpoints() const;
    // The marginal rate that applies just above `usdValue`; nullopt where no tier covers it.
    std::optional<Decimal> marginalRate(const Decimal &usdValue) const;

    bool operator==(const TieredRatio &) const = default;

private:
    QList<CollateralTier> m_tiers;
};

} // namespace loandesk
