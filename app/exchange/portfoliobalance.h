#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk {

// One asset of a Portfolio Margin account as GET /papi/v1/balance reports it (the member's own
// key only). Quantities of the asset; the PNL fields may be negative.
struct PortfolioBalance {
    QString asset;
    Decimal totalWalletBalance;
    Decimal crossMarginAsset;
    Decimal crossMarginBorrowed;
    Decimal crossMarginFree;
    Decimal crossMarginInterest;
    Decimal crossMarginLocked;
    Decimal umWalletBalance;
    Decimal umUnrealizedPNL;
    Decimal cmWalletBalance;
    Decimal cmUnrealizedPNL;
    Decimal negativeBalance;
    qint64 updateTimeMs = 0;

    bool operator==(const PortfolioBalance &) const = default;
};

} // namespace loandesk
