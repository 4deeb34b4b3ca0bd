#pragma once

#include "result.h"

#include "domain/decimal.h"

#include <optional>

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-group/max-borrowable: {"maxBorrowableAmount": "…"}, or an empty
// body / null / {} when the key has no matching unit (API doc 2.13) → nullopt.
class MaxBorrowableParser {
public:
    static Result<std::optional<Decimal>> parse(const QJsonValue &json);
};

} // namespace loandesk
