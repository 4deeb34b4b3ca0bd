#include "tieredratio.h"

#include <algorithm>

namespace loandesk {

TieredRatio::TieredRatio(QList<CollateralTier> tiers)
    : m_tiers(std::move(tiers)) {
    std::stable_sort(
        m_tiers.begin(), m_tiers.end(),
        [](const CollateralTier &a, const CollateralTier &b) { return a.floorUsd < b.floorUsd; });
}

TieredRatio TieredRatio::flat(const Decimal &rate) {
    return TieredRatio({CollateralTier{Decimal(), std::nullopt, rate}});
}

std::optional<Decimal> TieredRatio::collateralValue(const Decimal &usdValue) const {
    if (!usdValue.isValid() || usdValue.isNegative())
        return std::nullopt;
    Decimal covered; // [0, covered) is valued so far
    Decimal sum;
    for (const CollateralTier &tier : m_tiers) {
        if (usdValue <= covered)
            return sum;
        // Overlapping tiers: the part already valued by a lower tier is not valued twice.
        const Decimal start = Decimal::max(tier.floorUsd, covered);
        if (start > covered)
            return std::nullopt; // the value reaches into a gap below this tier
        if (!tier.capUsd)
            return sum + (usdValue - start) * tier.rate;
        if (*tier.capUsd <= start)
            continue;
        const Decimal top = Decimal::min(usdValue, *tier.capUsd);
        sum += (top - start) * tier.rate;
        covered = *tier.capUsd;
    }
    if (usdValue <= covered)
        return sum;
    return std::nullopt; // above the last cap, or no tier at all
}

QList<Decimal> TieredRatio::breakpoints() const {
    QList<Decimal> floors;
    for (const CollateralTier &tier : m_tiers) {
        if (tier.floorUsd.isPositive() && (floors.isEmpty() || floors.constLast() != tier.floorUsd))
            floors.append(tier.floorUsd);
    }
    return floors;
}

std::optional<Decimal> TieredRatio::marginalRate(const Decimal &usdValue) const {
    if (!usdValue.isValid() || usdValue.isNegative())
        return std::nullopt;
    // The last tier starting at or below the value wins: with sorted, non-overlapping tiers it
    // is the only one that can contain it.
    for (auto it = m_tiers.crbegin(); it != m_tiers.crend(); ++it) {
        if (it->floorUsd <= usdValue) {
            if (!it->capUsd || usdValue < *it->capUsd)
                return it->rate;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace loandesk
