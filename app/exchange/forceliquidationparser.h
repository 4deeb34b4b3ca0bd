#pragma once

#include "result.h"

#include "domain/liquidationrecord.h"
#include "domain/page.h"

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-group/force-liquidation: paged liquidation records with the
// snapshot taken at the start (API doc 2.10).
class ForceLiquidationParser {
public:
    static Result<Page<LiquidationRecord>> parse(const QJsonValue &json);
};

} // namespace loandesk
