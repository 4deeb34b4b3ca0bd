#include "stressengine.h"

#include "equitycurve.h"

#include "domain/ltvmath.h"

namespace loandesk {

namespace {

const LtvBand TriggerBands[] = {LtvBand::Warning, LtvBand::AboveInitial, LtvBand::MarginCall,
                                LtvBand::Liquidation};

// The band counts as reached at LTV ≥ threshold, and when the LTV is undefined (no equity
// above maintenance margin), which is worse than any band.
bool atOrPast(const std::optional<Decimal> &ltv, const Decimal &threshold) {
    return !ltv || *ltv >= threshold;
}

} // namespace

StressEngine::StressEngine(const RiskUnit &unit, const UnitComposition &composition,
                           const CollateralRatios &ratios, const LtvBands &bands)
    : m_unit(unit)
    , m_composition(composition)
    , m_ratios(ratios)
    , m_bands(bands) {}

StressResult StressEngine::apply(const QMap<QString, Decimal> &prices,
                                 const Decimal &borrowed) const {
    // Each valued wallet moves E by the change in its composed net equity; both ends are
    // computed the same way so that no shock gives ltv-details' E exactly.
    Decimal equity = m_unit.totalNetEquity;
    for (const WalletComposition &w : m_composition.wallets) {
        if (!w.isValued())
            continue;
        for (const AssetLine &line : w.lines) {
            const auto shocked = prices.constFind(line.asset);
            if (shocked == prices.cend())
                continue;
            const std::optional<TieredRatio> ratio = m_ratios.ratio(w.type, line.asset);
            if (!ratio)
                continue; // cannot happen for a valued wallet with the same ratios
            equity += EquityCurve::coveredValue(*ratio, line.quantity * *shocked) -
                      EquityCurve::coveredValue(*ratio, line.valueUsd);
        }
        for (const AssetLine &line : w.owed) {
            const auto shocked = prices.constFind(line.asset);
            if (shocked != prices.cend())
                equity -= line.quantity * *shocked - line.valueUsd;
        }
    }
    StressResult result;
    result.netEquity = equity + borrowed;
    result.maintenanceMargin = m_unit.totalMaintenanceMargin;
    result.liability = m_unit.totalLiability + borrowed;
    result.ltv = LtvMath::ltv(result.liability, result.netEquity, result.maintenanceMargin);
    result.band = m_bands.classify(result.ltv);
    return result;
}

QList<PriceTrigger> StressEngine::triggers() const {
    const Decimal &liability = m_unit.totalLiability;
    const Decimal &maintenance = m_unit.totalMaintenanceMargin;
    const std::optional<Decimal> ltvNow =
        LtvMath::ltv(liability, m_unit.totalNetEquity, maintenance);
    QList<PriceTrigger> out;
    for (const AssetLine &asset : m_composition.assets()) {
        if (CollateralRatios::isStablecoin(asset.asset))
            continue;
        PriceTrigger trigger;
        trigger.asset = asset.asset;
        trigger.priceUsd = asset.priceUsd;
        EquityCurve curve(m_unit.totalNetEquity, asset.priceUsd);
        for (const WalletComposition &w : m_composition.wallets) {
            if (!w.isValued())
                continue;
            for (const AssetLine &line : w.lines) {
                if (line.asset != asset.asset)
                    continue;
                if (const std::optional<TieredRatio> ratio = m_ratios.ratio(w.type, line.asset))
                    curve.addHolding(line.quantity, *ratio);
            }
            for (const AssetLine &line : w.owed) {
                if (line.asset == asset.asset)
                    curve.addLiability(line.quantity);
            }
        }
        for (LtvBand band : TriggerBands) {
            const Decimal threshold = m_bands.threshold(band);
            std::optional<Decimal> price;
            bool reached = false;
            if (liability.isPositive() && atOrPast(ltvNow, threshold)) {
                reached = true;
            } else if (liability.isPositive()) {
                // Rounded down: at the printed price (≤ the exact one) the band is reached.
                if (const auto x = curve.solveDown(liability, maintenance, threshold))
                    price = x->numerator.dividedBy(x->denominator, LtvMath::Places,
                                                   Decimal::Rounding::Down);
            }
            switch (band) {
            case LtvBand::Warning:
                trigger.warningPrice = price;
                trigger.warningReached = reached;
                break;
            case LtvBand::AboveInitial:
                trigger.initialPrice = price;
                trigger.initialReached = reached;
                break;
            case LtvBand::MarginCall:
                trigger.marginCallPrice = price;
                trigger.marginCallReached = reached;
                break;
            case LtvBand::Liquidation:
                trigger.liquidationPrice = price;
                trigger.liquidationReached = reached;
                break;
            case LtvBand::Normal:
            case LtvBand::Undefined:
                break;
            }
        }
        out.append(trigger);
    }
    return out;
}

std::optional<Decimal> StressEngine::jointFall(LtvBand band) const {
    const Decimal threshold = m_bands.threshold(band);
    const Decimal &liability = m_unit.totalLiability;
    const Decimal &maintenance = m_unit.totalMaintenanceMargin;
    if (!threshold.isPositive() || !liability.isPositive())
        return std::nullopt;
    if (atOrPast(LtvMath::ltv(liability, m_unit.totalNetEquity, maintenance), threshold))
        return Decimal();
    // x is the factor (1 − d) applied to every non-stable price; a holding's value per unit
    // of x is its value now.
    const Decimal one = Decimal::fromInt(1);
    EquityCurve curve(m_unit.totalNetEquity, one);
    for (const WalletComposition &w : m_composition.wallets) {
        if (!w.isValued())
            continue;
        for (const AssetLine &line : w.lines) {
            if (CollateralRatios::isStablecoin(line.asset))
                continue;
            if (const std::optional<TieredRatio> ratio = m_ratios.ratio(w.type, line.asset))
                curve.addHolding(line.valueUsd, *ratio);
        }
        for (const AssetLine &line : w.owed) {
            if (!CollateralRatios::isStablecoin(line.asset))
                curve.addLiability(line.valueUsd);
        }
    }
    const auto x = curve.solveDown(liability, maintenance, threshold);
    if (!x)
        return std::nullopt;
    // d = 1 − x, rounded up: after a fall of the printed size the band is reached.
    return (x->denominator - x->numerator)
        .dividedBy(x->denominator, LtvMath::Places, Decimal::Rounding::Up);
}

std::optional<Decimal> StressEngine::collateralToAdd(const Decimal &targetLtv,
                                                     const QString &asset) const {
    const QString name = asset.isEmpty() ? QStringLiteral("USDT") : asset;
    if (!targetLtv.isPositive() || !CollateralRatios::isSpotCollateral(name))
        return std::nullopt;
    std::optional<Decimal> price;
    for (const WalletComposition &w : m_composition.wallets) {
        for (const QList<AssetLine> *lines : {&w.lines, &w.owed}) {
            for (const AssetLine &line : *lines) {
                if (!price && line.asset == name && line.priceUsd.isPositive())
                    price = line.priceUsd;
            }
        }
    }
    // A stablecoin the unit neither holds nor owes has no price in the composition; it is
    // worth (about) 1 USD, as the stress engine treats it everywhere.
    if (!price && CollateralRatios::isStablecoin(name))
        price = Decimal::fromInt(1);
    if (!price)
        return std::nullopt;
    // Spot collateral counts at ratio 1, so adding q raises E by q·price, and
    // L / (E + q·price − M) ≤ T ⟺ q ≥ (L − T·(E − M)) / (T·price).
    const Decimal shortfall =
        m_unit.totalLiability - targetLtv * (m_unit.totalNetEquity - m_unit.totalMaintenanceMargin);
    if (!shortfall.isPositive())
        return Decimal();
    return shortfall.dividedBy(targetLtv * *price, LtvMath::Places, Decimal::Rounding::Up);
}

} // namespace loandesk
