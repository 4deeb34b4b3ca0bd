#include "portfolioaccountparser.h"

#include "jsonreader.h"

namespace loandesk {

Result<PortfolioAccount> PortfolioAccountParser::parse(const QJsonValue &json) {
    QString error;
    const JsonReader r(json, QStringLiteral("papi/account"), &error);
    PortfolioAccount a;
    a.uniMMR = r.decimal(u"uniMMR");
    a.accountEquity = r.decimal(u"accountEquity");
    a.actualEquity = r.decimal(u"actualEquity");
    a.accountMaintMargin = r.decimal(u"accountMaintMargin");
    a.accountInitialMargin = r.decimal(u"accountInitialMargin");
    a.accountStatus = r.string(u"accountStatus");
    a.updateTimeMs = r.integer(u"updateTime");
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return a;
}

} // namespace loandesk
