#pragma once

#include "result.h"

#include "domain/liquidationtransferrecord.h"
#include "domain/page.h"

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-group/force-liquidation-transfer-record: per liquidation, the
// transfers from collateral accounts to the credit account (API doc 2.11).
class LiquidationTransfersParser {
public:
    static Result<Page<LiquidationTransferRecord>> parse(const QJsonValue &json);
};

} // namespace loandesk
