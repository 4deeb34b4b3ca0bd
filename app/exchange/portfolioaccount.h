#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk {

// A Portfolio Margin account's totals as GET /papi/v1/account reports them (USD). accountEquity
// counts the collateral rates, actualEquity does not.
struct PortfolioAccount {
    Decimal uniMMR;
    Decimal accountEquity;
    Decimal actualEquity;
    Decimal accountMaintMargin;
    Decimal accountInitialMargin;
    QString accountStatus; // NORMAL … BANKRUPTED, as sent
    qint64 updateTimeMs = 0;

    bool operator==(const PortfolioAccount &) const = default;
};

} // namespace loandesk
