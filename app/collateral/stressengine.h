#pragma once

#include "collateralratios.h"
#include "pricetrigger.h"
#include "stressresult.h"
#include "unitcomposition.h"

#include "domain/riskunit.h"

#include <QMap>

#include <optional>

namespace loandesk {

// What-if arithmetic on one unit, asset by asset. Starts from ltv-details' totals (E, M, L) and
// moves E by the change in each valued wallet's composed net equity when prices move, re-applying
// each wallet's tier table to the shocked value; wallets whose composition is unavailable keep
// their ltv-details equity (the unit's coverage says so).
//
// Maintenance margin is held at ltv-details' figure under a shock: ltv-details gives it per
// wallet, not per position, so it cannot be re-priced. Holding it is conservative for long
// positions (their margin would fall with the price).
//
// Trigger prices are solved exactly on the piecewise-linear equity curve (the pieces change at
// tier boundaries, see EquityCurve) and rounded to 8 places toward the band: a price down, a
// fall up, an amount to add up, so that at the printed figure the band is reached. A trigger
// price is searched from the current price downwards only: an asset the unit is net short of
// (owed more than its haircut holdings) gets none. Value a shocked holding takes beyond the
// tiers the exchange published counts 0.
class StressEngine {
public:
    StressEngine(const RiskUnit &unit, const UnitComposition &composition,
                 const CollateralRatios &ratios, const LtvBands &bands);

    // `prices`: asset → shocked USD price; assets not listed keep the composition's price.
    // `borrowed`: a borrow (positive) or repay from the credit margin wallet (negative) in USD,
    // applied after the shock as LtvMath does.
    StressResult apply(const QMap<QString, Decimal> &prices,
                       const Decimal &borrowed = Decimal()) const;

    // One entry per non-stable asset held in a valued wallet, largest collateral value first.
    QList<PriceTrigger> triggers() const;
    // The fraction (0..1) by which every non-stable asset falling together brings the LTV to
    // `band`'s threshold; nullopt when that cannot happen, 0 when already there.
    std::optional<Decimal> jointFall(LtvBand band) const;
    // The collateral to add (to the credit account's spot wallet, as a quantity of `asset`; USDT
    // when empty) so that LTV comes down to `targetLtv`, rounded up to 8 places. 0 when already
    // at or below it; nullopt when `asset` cannot count as spot collateral or has no price in
    // the composition (a stablecoin the unit neither holds nor owes is priced at 1).
    std::optional<Decimal> collateralToAdd(const Decimal &targetLtv,
                                           const QString &asset = QString()) const;

private:
    RiskUnit m_unit;
    UnitComposition m_composition;
    CollateralRatios m_ratios;
    LtvBands m_bands;
};

} // namespace loandesk
