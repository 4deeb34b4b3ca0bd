#pragma once

#include "collateralratios.h"
#include "unitcomposition.h"
#include "walletholdings.h"

#include "domain/riskunit.h"

#include <QMap>

namespace loandesk {

// Values each wallet of a unit asset by asset and checks the result against ltv-details.
// A wallet is Unavailable, with its own reason, when its holdings were not read, an asset held
// has no price, a quantity is negative where it cannot be, the ratio table lists no ratio for an
// asset, or no tier covers the asset's value. A wallet with exactly zero equity in ltv-details
// whose holdings compose to more than the tolerance is one the exchange does not count as
// collateral (enableSpot / enableMargin off): it is listed as valued with no lines, zero figures
// and a reason, so its holdings neither appear in the unit's assets nor move the stress figures.
namespace CompositionBuilder {

// The difference between a wallet's composed net equity and ltv-details' netEquity that still
// counts as agreement: the larger of 0.01 USD and 0.5 % of the wallet's net equity, because
// prices are read a moment apart from ltv-details (README, "Collateral by asset").
Decimal tolerance(const Decimal &exchangeNetEquity);

// `pricesUsd`: asset → USD price (USDT and USDC included).
UnitComposition build(const RiskUnit &unit, const QList<WalletHoldings> &holdings,
                      const QMap<QString, Decimal> &pricesUsd, const CollateralRatios &ratios);

} // namespace CompositionBuilder
} // namespace loandesk
