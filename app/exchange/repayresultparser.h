#pragma once

#include "result.h"

#include "exchangeclient.h"

#include <QJsonValue>

namespace loandesk {

// POST /sapi/v1/margin/loan-group/repay: {transactionId, amount, repayFrom} (API doc 2.7).
// `amount` is what was actually repaid (min(available, requested)). repayFrom is newer than
// the endpoint; when absent, `requestedFrom` (what we asked for) is reported.
class RepayResultParser {
public:
    static Result<RepayResult> parse(const QJsonValue &json,
                                     RepayRequest::From requestedFrom = RepayRequest::From::Margin);
};

} // namespace loandesk
