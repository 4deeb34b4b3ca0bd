#include "portfoliobalanceparser.h"

#include "jsonreader.h"

#include <QSet>

namespace loandesk {

namespace {

PortfolioBalance readBalance(const JsonReader &r) {
    PortfolioBalance b;
    b.asset = r.name(u"asset");
    b.totalWalletBalance = r.decimal(u"totalWalletBalance");
    b.crossMarginAsset = r.decimal(u"crossMarginAsset");
    b.crossMarginBorrowed = r.quantity(u"crossMarginBorrowed", b.asset);
    b.crossMarginFree = r.quantity(u"crossMarginFree", b.asset);
    b.crossMarginInterest = r.quantity(u"crossMarginInterest", b.asset);
    b.crossMarginLocked = r.quantity(u"crossMarginLocked", b.asset);
    b.umWalletBalance = r.decimal(u"umWalletBalance");
    b.umUnrealizedPNL = r.decimal(u"umUnrealizedPNL");
    b.cmWalletBalance = r.decimal(u"cmWalletBalance");
    b.cmUnrealizedPNL = r.decimal(u"cmUnrealizedPNL");
    b.negativeBalance = r.decimal(u"negativeBalance");
    b.updateTimeMs = r.integer(u"updateTime");
    return b;
}

} // namespace

Result<QList<PortfolioBalance>> PortfolioBalanceParser::parse(const QJsonValue &json) {
    QString error;
    const QString path = QStringLiteral("papi/balance");
    const QList<JsonReader> entries = json.isObject()
                                          ? QList<JsonReader>{JsonReader(json, path, &error)}
                                          : JsonReader::elements(json, path, &error);
    QList<PortfolioBalance> out;
    QSet<QString> seen;
    for (const JsonReader &r : entries) {
        PortfolioBalance b = readBalance(r);
        if (!r.failed() && seen.contains(b.asset))
            r.fail(u"asset", QStringLiteral("%1 listed twice").arg(b.asset));
        seen.insert(b.asset);
        out.append(std::move(b));
    }
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return out;
}

} // namespace loandesk
