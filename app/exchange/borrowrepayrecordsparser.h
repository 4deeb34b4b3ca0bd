#pragma once

#include "result.h"

#include "domain/borrowrepayrecord.h"
#include "domain/page.h"

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-group/borrow-repay: paged borrow/repay rows (API doc 2.8).
class BorrowRepayRecordsParser {
public:
    static Result<Page<BorrowRepayRecord>> parse(const QJsonValue &json);
};

} // namespace loandesk
