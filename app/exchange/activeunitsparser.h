#pragma once

#include "result.h"

#include "domain/activeunit.h"

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/margin/loan-groups/activated: the risk units a parent key owns (API doc 2.2).
class ActiveUnitsParser {
public:
    static Result<QList<ActiveUnit>> parse(const QJsonValue &json);
};

} // namespace loandesk
