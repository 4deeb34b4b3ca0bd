#pragma once

#include "result.h"

#include <QJsonValue>

namespace loandesk {

// GET /api/v3/time: {"serverTime": <epoch ms>} (API doc 6.3).
class ServerTimeParser {
public:
    static Result<qint64> parse(const QJsonValue &json);
};

} // namespace loandesk
