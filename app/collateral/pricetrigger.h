#pragma once

#include "domain/decimal.h"
#include "domain/ltvbands.h"

#include <QString>

#include <optional>

namespace loandesk {

// For one non-stable asset: the USD price of that asset alone, everything else unchanged, at
// which the unit's LTV reaches each band. nullopt where that asset alone cannot reach it (even
// at a price of zero), or where the unit is already there (then `reached` is set).
struct PriceTrigger {
    QString asset;
    Decimal priceUsd; // the price now
    std::optional<Decimal> warningPrice;
    std::optional<Decimal> initialPrice;
    std::optional<Decimal> marginCallPrice;
    std::optional<Decimal> liquidationPrice;

    std::optional<Decimal> price(LtvBand band) const;
    // The fall from now to `band`'s price, as a positive fraction (0.236 = −23.6 %).
    std::optional<Decimal> fall(LtvBand band) const;
};

} // namespace loandesk
