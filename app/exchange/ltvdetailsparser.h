#pragma once

#include "result.h"

#include "domain/riskunit.h"

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-group/ltv-details: an array with one object per risk unit
// (API doc 2.1). Errors name the field path, e.g. "ltv-details[0].wallets[1].netEquity: missing".
class LtvDetailsParser {
public:
    static Result<QList<RiskUnit>> parse(const QJsonValue &json);
};

} // namespace loandesk
