#pragma once

#include "portfoliobalance.h"
#include "result.h"

#include <QJsonValue>
#include <QList>

namespace loandesk {

// GET /papi/v1/balance: an array of per-asset balances, or a single object when the request
// named one asset. Rejected with the entry's path: an entry without "asset", an asset listed
// twice, a negative cross-margin free, locked, borrowed or interest quantity. Wallet balances
// and unrealized PNL may be negative.
class PortfolioBalanceParser {
public:
    static Result<QList<PortfolioBalance>> parse(const QJsonValue &json);
};

} // namespace loandesk
