#pragma once

#include "portfolioaccount.h"
#include "result.h"

#include <QJsonValue>

namespace loandesk {

// GET /papi/v1/account: the Portfolio Margin account's equity, margins and status (USD).
class PortfolioAccountParser {
public:
    static Result<PortfolioAccount> parse(const QJsonValue &json);
};

} // namespace loandesk
