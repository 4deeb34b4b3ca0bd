#pragma once

#include "ratiotier.h"

#include "domain/decimal.h"

#include <QString>

namespace loandesk::sim {

// How one asset's price behaves in the simulated market, per tick of the MarketModel, and how
// the exchange haircuts it as margin collateral.
struct AssetConfig {
    QString name;
    Decimal startPrice;
    // Per-tick standard deviation and mean of the price factor (e.g. 0.0005 = 0.05 % per tick).
    // These are doubles on purpose: they only shape the random walk, never an amount.
    double volatility = 0.0;
    double drift = 0.0;
    // Flat collateral ratio of older scenario files: used as the single tier of a wallet kind
    // whose tier table is not given.
    Decimal haircut = Decimal::fromInt(1);
    // Tiered collateral ratios (marginal slices by USD value), per wallet kind.
    RatioTable crossTiers;
    RatioTable pmTiers;

    RatioTable crossTable() const { return crossTiers.isEmpty() ? flat() : crossTiers; }
    RatioTable pmTable() const { return pmTiers.isEmpty() ? flat() : pmTiers; }

private:
    RatioTable flat() const { return {RatioTier{Decimal(), std::nullopt, haircut}}; }
};

} // namespace loandesk::sim
