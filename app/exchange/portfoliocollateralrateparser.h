#pragma once

#include "result.h"

#include "collateral/tieredratio.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace loandesk {

// GET /sapi/v2/portfolio/collateralRate (Portfolio Margin Pro tiered collateral rate):
// [{"asset","collateralInfo":[{"tierFloor","tierCap","collateralRate","cum"}]}]. The client
// applies the tiers as marginal slices itself, so `cum` (the exchange's quick-calculation
// constant) is not read: the documented example's `cum` values do not even agree with its own
// tiers. Refused: an entry without "asset", an asset listed twice, tables TierTableReader
// refuses.
class PortfolioCollateralRateParser {
public:
    static Result<QHash<QString, TieredRatio>> parse(const QJsonValue &json);
};

} // namespace loandesk
