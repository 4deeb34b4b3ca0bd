#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk::sim {

// How one asset's price behaves in the simulated market, per tick of the MarketModel.
struct AssetConfig {
    QString name;
    Decimal startPrice;
    // Per-tick standard deviation and mean of the price factor (e.g. 0.0005 = 0.05 % per tick).
    // These are doubles on purpose: they only shape the random walk, never an amount.
    double volatility = 0.0;
    double drift = 0.0;
    // Collateral ratio in margin wallets (PM / Cross Margin); spot collateral has none.
    Decimal haircut = Decimal::fromInt(1);
};

} // namespace loandesk::sim
