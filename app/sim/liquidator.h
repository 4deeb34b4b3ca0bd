#pragma once

#include "marketmodel.h"
#include "unitstate.h"

#include "domain/riskunit.h"

#include <functional>

namespace loandesk::sim {

// Forced liquidation of a risk unit whose LTV reached its liquidation threshold (or whose equity
// no longer covers maintenance margin while it owes something). Collateral is sold at the market
// price, stablecoins first, starting with the credit account, until the whole liability
// (interest first, then principal) is covered; collateral members' sales are recorded as
// transfers to the credit account. The unit then stays "in liquidation" for the scenario's
// liquidationDurationMs, during which borrow and repay fail with -27024.
namespace Liquidator {

bool isDue(const UnitState &unit, const RiskUnit &figures);

void liquidate(UnitState &unit, const RiskUnit &before, const MarketModel &market,
               const QString &parentEmail, qint64 nowMs, qint64 liquidationId,
               const std::function<qint64()> &nextTranId);

} // namespace Liquidator
} // namespace loandesk::sim
