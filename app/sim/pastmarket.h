#pragma once

#include "assetconfig.h"

#include <QList>
#include <QMap>

namespace loandesk::sim {

// The market of the month before a simulation starts: the MarketModel's own seeded walk run
// backwards from the scenario's start prices, on a coarser step. Going back one step divides
// each price by a step factor drawn exactly as MarketModel::tick() draws it (same Box–Muller,
// same clamp, 12-place factor, price half-even to 8 places), with the per-tick volatility scaled
// to the step by √(step / tickMs). The generator is seeded from the simulation's seed, on a
// stream of its own so the live ticks are unchanged. The drift is not carried back: it is a
// scenario's scripted trend from its start (stressed falls 0.15 % a tick), and a month of it
// run backwards would multiply prices by e^1900. Immutable once built; any thread.
class PastMarket {
public:
    static constexpr qint64 StepMs = 5 * 60'000;

    // Steps from `fromMs` to `nowMs`: the step grid is epoch-aligned (so whole hours are steps),
    // and the last step is `nowMs` itself, at the scenario's start prices.
    PastMarket(const QList<AssetConfig> &assets, quint64 seed, qint64 tickMs, qint64 fromMs,
               qint64 nowMs);

    qsizetype size() const { return m_times.size(); }
    qint64 timeAt(qsizetype step) const { return m_times.at(step); }
    const QMap<QString, Decimal> &pricesAt(qsizetype step) const { return m_prices.at(step); }
    // The step at or before `timeMs` (0 before the first).
    qsizetype stepAt(qint64 timeMs) const;

    // The seed of the backward stream, derived from the simulation's seed.
    static quint64 pastSeed(quint64 seed);

private:
    QList<qint64> m_times;                  // oldest first
    QList<QMap<QString, Decimal>> m_prices; // parallel to m_times
};

} // namespace loandesk::sim
