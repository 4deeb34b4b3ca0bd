#include "pastmarket.h"

#include "marketmodel.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace loandesk::sim {

namespace {
constexpr int PricePlaces = 8;
} // namespace

quint64 PastMarket::pastSeed(quint64 seed) {
    // Any fixed bijection works; this one (the golden-ratio constant of splitmix64) keeps the
    // past stream far from the live one for small seeds such as 1 and 7.
    return seed ^ 0x9E3779B97F4A7C15ULL;
}

PastMarket::PastMarket(const QList<AssetConfig> &assets, quint64 seed, qint64 tickMs, qint64 fromMs,
                       qint64 nowMs) {
    QList<qint64> times{nowMs};
    for (qint64 t = (nowMs - 1) / StepMs * StepMs; t >= fromMs; t -= StepMs)
        times.append(t);
    std::mt19937_64 random(pastSeed(seed));
    QMap<QString, Decimal> prices;
    for (const AssetConfig &a : assets)
        prices.insert(a.name, a.startPrice);
    m_prices.append(prices);
    for (qsizetype i = 1; i < times.size(); ++i) {
        const double scale = std::sqrt(double(times.at(i - 1) - times.at(i)) / double(tickMs));
        for (const AssetConfig &a : assets) {
            // Every asset draws, as in MarketModel::tick(), so one asset's volatility does not
            // shift the others' sequence.
            const double z = MarketModel::standardNormal(random);
            if (a.volatility == 0.0)
                continue;
            const Decimal factor = MarketModel::stepFactor(z, a.volatility * scale, 0.0);
            const Decimal before =
                prices.value(a.name).dividedBy(factor, PricePlaces, Decimal::Rounding::HalfEven);
            prices.insert(a.name, Decimal::max(before, Decimal::fromScaled(1, PricePlaces)));
        }
        m_prices.append(prices);
    }
    std::reverse(times.begin(), times.end());
    std::reverse(m_prices.begin(), m_prices.end());
    m_times = times;
}

qsizetype PastMarket::stepAt(qint64 timeMs) const {
    const auto it = std::upper_bound(m_times.cbegin(), m_times.cend(), timeMs);
    return std::max<qsizetype>(0, (it - m_times.cbegin()) - 1);
}

} // namespace loandesk::sim
