#pragma once

#include "result.h"
#include "spotbalance.h"

#include <QJsonValue>
#include <QList>

namespace loandesk {

// GET /sapi/v4/sub-account/assets: {"balances":[{"asset","free","locked","freeze",
// "withdrawing"}]} with decimal strings. v3's JSON numbers are read too, exactly where they
// have at most 15 significant digits. Rejected with the entry's path: an entry without "asset",
// an asset listed twice, a negative free or locked quantity ("negative balance of BTC").
class SubAccountAssetsParser {
public:
    static Result<QList<SpotBalance>> parse(const QJsonValue &json);
};

} // namespace loandesk
