#include "marketmodel.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace loandesk::sim {

namespace {
constexpr int PricePlaces = 8;
constexpr int FactorPlaces = 12;
} // namespace

MarketModel::MarketModel(const QList<AssetConfig> &assets, quint64 seed)
    : m_assets(assets)
    , m_random(seed) {
    for (const AssetConfig &asset : assets)
        m_prices.insert(asset.name, asset.startPrice);
}

double MarketModel::standardNormal(std::mt19937_64 &random) {
    // Two uniform draws in (0, 1] from the top 53 bits of the generator.
    const auto uniform = [&random] { return (double((random() >> 11) + 1)) * 0x1.0p-53; };
    const double u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

void MarketModel::tick() {
    ++m_ticks;
    for (const AssetConfig &asset : std::as_const(m_assets)) {
        // Draw for every asset, even flat ones, so adding volatility to one asset does not shift
        // the sequence of the others.
        const double z = standardNormal(m_random);
        if (asset.volatility == 0.0 && asset.drift == 0.0)
            continue;
        const Decimal exactFactor = stepFactor(z, asset.volatility, asset.drift);
        const Decimal next = (m_prices.value(asset.name) * exactFactor).rounded(PricePlaces);
        // A price never reaches zero: the floor keeps every valuation defined.
        m_prices.insert(asset.name, Decimal::max(next, Decimal::fromScaled(1, PricePlaces)));
    }
}

Decimal MarketModel::stepFactor(double z, double volatility, double drift) {
    const double factor = std::clamp(1.0 + drift + volatility * z, 0.5, 1.5);
    return Decimal::fromScaled(qint64(std::llround(factor * std::pow(10.0, FactorPlaces))),
                               FactorPlaces);
}

Decimal MarketModel::haircut(const QString &asset) const {
    for (const AssetConfig &a : m_assets) {
        if (a.name == asset)
            return a.haircut;
    }
    return Decimal();
}

RatioTable MarketModel::crossTiers(const QString &asset) const {
    for (const AssetConfig &a : m_assets) {
        if (a.name == asset)
            return a.crossTable();
    }
    return {};
}

RatioTable MarketModel::pmTiers(const QString &asset) const {
    for (const AssetConfig &a : m_assets) {
        if (a.name == asset)
            return a.pmTable();
    }
    return {};
}

void MarketModel::setPrice(const QString &asset, const Decimal &price) {
    if (m_prices.contains(asset) && price.isPositive())
        m_prices.insert(asset, price.rounded(PricePlaces));
}

} // namespace loandesk::sim
