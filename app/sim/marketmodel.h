#pragma once

#include "assetconfig.h"

#include <QList>
#include <QMap>

#include <random>

namespace loandesk::sim {

// Prices of the simulated market. They move in discrete ticks by a seeded random walk: the
// same seed and the same scenario give the same prices at the same tick, whatever the timing of
// requests. Each tick multiplies every price by a factor 1 + drift + volatility × z with z a
// standard normal draw; the factor is a double (it is a shape, not money), fixed to 12 places
// and the price rounded half-even to 8 places, so prices themselves are exact Decimals.
// Not thread-safe; lives with its SimEngine.
class MarketModel {
public:
    MarketModel(const QList<AssetConfig> &assets, quint64 seed);

    void tick();
    qint64 tickCount() const { return m_ticks; }

    // Unknown assets are worth nothing.
    Decimal price(const QString &asset) const { return m_prices.value(asset); }
    Decimal haircut(const QString &asset) const;
    // The tier tables of an asset; empty for an asset outside the market (worth nothing).
    RatioTable crossTiers(const QString &asset) const;
    RatioTable pmTiers(const QString &asset) const;
    const QList<AssetConfig> &assets() const { return m_assets; }
    QMap<QString, Decimal> prices() const { return m_prices; }
    // Test and demo hook: a market shock independent of the walk.
    void setPrice(const QString &asset, const Decimal &price);

    // One step of the walk, shared with PastMarket (which runs it backwards): a standard normal
    // draw, and the exact factor 1 + drift + volatility × z (clamped to [0.5, 1.5], 12 places).
    static double standardNormal(std::mt19937_64 &random);
    static Decimal stepFactor(double z, double volatility, double drift);

private:
    QList<AssetConfig> m_assets;
    QMap<QString, Decimal> m_prices;
    // std::mt19937_64 is fully specified by the standard (unlike std::normal_distribution), so
    // the normal draws below are computed by hand (Box–Muller) to stay reproducible everywhere.
    std::mt19937_64 m_random;
    qint64 m_ticks = 0;
};

} // namespace loandesk::sim
