#pragma once

#include "result.h"

#include "domain/borrowrepayrecord.h"
#include "domain/page.h"

#include <QByteArray>
#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-group/borrow-repay: paged borrow/repay rows (API doc 2.8).
class BorrowRepayRecordsParser {
public:
    static Result<Page<BorrowRepayRecord>> parse(const QJsonValue &json);
    // The raw body: describes a non-JSON body precisely, then parse().
    static Result<Page<BorrowRepayRecord>> parseBody(const QByteArray &body);
};

} // namespace loandesk
