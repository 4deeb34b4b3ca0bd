#pragma once

#include "crossmarginaccount.h"
#include "result.h"

#include <QJsonValue>

namespace loandesk {

// GET /sapi/v1/sub-account/margin/account: the BTC totals and marginUserAssetVoList. Rejected
// with the entry's path: an asset entry without "asset", an asset listed twice, a negative
// free, locked, borrowed or interest quantity. netAsset may be negative (more owed than held).
class CrossMarginAccountParser {
public:
    static Result<CrossMarginAccount> parse(const QJsonValue &json);
};

} // namespace loandesk
