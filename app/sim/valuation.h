#pragma once

#include "marketmodel.h"
#include "unitstate.h"

#include "domain/riskunit.h"

#include <optional>

namespace loandesk::sim {

// Turns a unit's holdings into the figures ltv-details reports. Every figure follows from the
// state: wallet net equity = Σ quantity × price × collateral ratio (spot tokens ratio 1, margin
// wallets the scenario's haircut), each wallet rounded half-even to 8 places; totals are exact
// sums of those strings; ltv = L / (E − M) rounded to 3 places like the documented example.
namespace Valuation {

constexpr int Places = 8;

// Spot tokens accepted as collateral at ratio 1 (product FAQ); other spot assets count 0.
bool isSpotCollateral(const QString &asset);

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
