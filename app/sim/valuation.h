#pragma once

#include "marketmodel.h"
#include "unitstate.h"

#include "domain/riskunit.h"

#include <optional>

namespace loandesk::sim {

// Turns a unit's holdings into the figures ltv-details reports. Every figure follows from the
// state (SCENARIOS.md, "How the figures follow from the state"):
// - spot: Σ free × price over the six accepted tokens (ratio 1);
// - cross margin: Σ_a CV_a((free + locked) × price) − Σ_a (borrowed + interest) × price;
// - portfolio margin: Σ_a [E_a > 0 ? CV_a(E_a × price) : E_a × price], E_a the asset's equity;
// with CV_a the asset's tier table of that wallet kind applied as marginal slices. Each wallet is
// rounded half-even to 8 places; totals are exact sums of those; ltv = L / (E − M) rounded to 3
// places like the documented example.
namespace Valuation {

constexpr int Places = 8;

// Spot tokens accepted as collateral at ratio 1 (product FAQ); other spot assets count 0.
bool isSpotCollateral(const QString &asset);

// Collateral value of `usd` under a tier table: Σ over tiers of the part of `usd` inside
// [floor, cap) × rate (the exchange FAQ's marginal slices). Exact. A negative value, or a part
// no tier covers, counts nothing.
Decimal collateralValue(const RatioTable &tiers, const Decimal &usd);
// The PM "cum" quick-calc constant of each tier: cum_1 = 0,
// cum_k = cum_{k-1} + floor_k × (rate_{k-1} − rate_k), so that CV(V) = V × rate_k + cum_k.
QList<Decimal> cumulative(const RatioTable &tiers);

// Every asset a member's margin wallet mentions (free, locked, borrowed or interest).
QStringList marginAssets(const MemberHoldings &member);
// free + locked in the margin wallet.
Decimal marginHeld(const MemberHoldings &member, const QString &asset);
// borrowed + interest in the margin wallet.
Decimal marginOwed(const MemberHoldings &member, const QString &asset);
// A PM wallet's equity in one asset (quantity): free + locked − borrowed − interest.
Decimal pmAssetEquity(const MemberHoldings &member, const QString &asset);
// Σ_a E_a × price: the PM account's equity without collateral rates (actualEquity), 8 places.
Decimal pmActualEquity(const MemberHoldings &member, const MarketModel &market);

Wallet spotWallet(const MemberHoldings &member, const MarketModel &market);
Wallet marginWallet(const MemberHoldings &member, const MarketModel &market);

// The unit as ltv-details reports it at `nowMs`. `ltv` is rounded to 3 places; when equity does
// not exceed maintenance margin it is reported as CappedLtv (or 0 without liability).
RiskUnit riskUnit(const UnitState &unit, const MarketModel &market, const QString &parentEmail,
                  qint64 nowMs);

// The unrounded (8-place) LTV the business rules use; nullopt when E − M ≤ 0.
std::optional<Decimal> exactLtv(const RiskUnit &unit);

// min(credit limit − principal, the borrow that keeps LTV ≤ initial), never negative.
Decimal maxBorrowable(const UnitState &unit, const RiskUnit &figures);

// Equity that can leave without LTV rising above the initial threshold: E − M − L / initial.
Decimal maxTransferOut(const UnitState &unit, const RiskUnit &figures);

inline const Decimal CappedLtv = Decimal::fromScaled(999999, 3);

} // namespace Valuation
} // namespace loandesk::sim
