#pragma once

#include "result.h"

#include "exchangeclient.h"

#include <QJsonValue>

namespace loandesk {

// POST /sapi/v1/margin/loan-group/borrow: {transactionId, amount, status} (API doc 2.6).
// A status other than "success" is returned as an error with outcomeUnknown set, since the
// exchange then neither confirmed nor refused the loan.
class BorrowResultParser {
public:
    static Result<BorrowResult> parse(const QJsonValue &json);
};

} // namespace loandesk
