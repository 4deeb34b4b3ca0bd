#pragma once

#include "crossmarginasset.h"

#include <QList>

namespace loandesk {

// A sub-account's cross-margin wallet as GET /sapi/v1/sub-account/margin/account reports it.
// The totals are in BTC and carry no haircut; marginLevel is "999" when nothing is owed.
struct CrossMarginAccount {
    Decimal marginLevel;
    Decimal totalAssetOfBtc;
    Decimal totalLiabilityOfBtc;
    Decimal totalNetAssetOfBtc;
    QList<CrossMarginAsset> assets;

    bool operator==(const CrossMarginAccount &) const = default;
};

} // namespace loandesk
