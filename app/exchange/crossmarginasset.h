#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk {

// One asset of a sub-account's cross-margin wallet (marginUserAssetVoList of
// GET /sapi/v1/sub-account/margin/account). Quantities of the asset; the exchange's identity is
// netAsset = free + locked − borrowed − interest.
struct CrossMarginAsset {
    QString asset;
    Decimal free;
    Decimal locked;
    Decimal borrowed;
    Decimal interest;
    Decimal netAsset;

    bool operator==(const CrossMarginAsset &) const = default;
};

} // namespace loandesk
