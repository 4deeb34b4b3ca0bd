#pragma once

#include "result.h"

#include "collateral/tieredratio.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace loandesk {

// GET /sapi/v1/margin/crossMarginCollateralRatio: groups of assets sharing one tier table,
// [{"collaterals":[{"minUsdValue","maxUsdValue","discountRate"}],"assetNames":[…]}]. Each asset
// of a group gets the group's tiers; the top tier has no maxUsdValue. An asset named in two
// groups is refused (its ratio would depend on the order), as are tables TierTableReader
// refuses.
class CrossMarginRatioParser {
public:
    static Result<QHash<QString, TieredRatio>> parse(const QJsonValue &json);
};

} // namespace loandesk
