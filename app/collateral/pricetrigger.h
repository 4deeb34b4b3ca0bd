#pragma once

#include "domain/decimal.h"
#include "domain/ltvbands.h"

#include <QString>

#include <optional>

namespace loandesk {

// For one non-stable asset: the USD price of that asset alone, everything else unchanged, at
// which the unit's LTV reaches each band. nullopt where that asset alone cannot reach it (even
// at a price of zero), or where the unit is already there (then that band's `…Reached` is set).
// A band counts as reached when LTV ≥ its threshold (for the initial band LtvBands::classify
// needs LTV > initial, so at exactly the initial price the unit is still classed Warning).
struct PriceTrigger {
    QString asset;
    Decimal priceUsd; // the price now
    std::optional<Decimal> warningPrice;
    std::optional<Decimal> initialPrice;
    std::optional<Decimal> marginCallPrice;
    std::optional<Decimal> liquidationPrice;
    bool warningReached = false;
    bool initialReached = false;
    bool marginCallReached = false;
    bool liquidationReached = false;

    std::optional<Decimal> price(LtvBand band) const;
    bool reached(LtvBand band) const;
    // The fall from now to `band`'s price, as a positive fraction (0.236 = −23.6 %), rounded
    // half-even to 8 places; 0 when the band is already reached.
    std::optional<Decimal> fall(LtvBand band) const;
};

} // namespace loandesk
