#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk {

// One asset's row in a composition: the quantity held, its USD price and value, the effective
// collateral ratio (collateral value ÷ value, so tiers show as a blended haircut), the
// collateral value and its share of the collateral value of the wallet, member or unit it is
// listed under. All exact; the ratio and share are rounded half-even to 8 places.
struct AssetLine {
    QString asset;
    Decimal quantity;
    Decimal priceUsd;
    Decimal valueUsd;
    Decimal collateralRatio;
    Decimal collateralValueUsd;
    Decimal share;
    bool operator==(const AssetLine &) const = default;
};

} // namespace loandesk
