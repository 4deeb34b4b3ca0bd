#pragma once

#include "result.h"

#include "domain/interestrecord.h"
#include "domain/page.h"

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-group/interest-history: paged hourly interest (API doc 2.9).
class InterestHistoryParser {
public:
    static Result<Page<InterestRecord>> parse(const QJsonValue &json);
};

} // namespace loandesk
