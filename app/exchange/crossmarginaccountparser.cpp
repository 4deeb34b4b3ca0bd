#include "crossmarginaccountparser.h"

#include "jsonreader.h"

#include <QSet>

namespace loandesk {

Result<CrossMarginAccount> CrossMarginAccountParser::parse(const QJsonValue &json) {
    QString error;
    const JsonReader r(json, QStringLiteral("margin/account"), &error);
    CrossMarginAccount account;
    account.marginLevel = r.decimal(u"marginLevel");
    account.totalAssetOfBtc = r.decimal(u"totalAssetOfBtc");
    account.totalLiabilityOfBtc = r.decimal(u"totalLiabilityOfBtc");
    account.totalNetAssetOfBtc = r.decimal(u"totalNetAssetOfBtc");
    QSet<QString> seen;
    // An account that never traded margin may come without the list.
    const QList<JsonReader> entries =
        r.has(u"marginUserAssetVoList") ? r.array(u"marginUserAssetVoList") : QList<JsonReader>();
    for (const JsonReader &e : entries) {
        CrossMarginAsset a;
        a.asset = e.name(u"asset");
        if (!e.failed() && seen.contains(a.asset))
            e.fail(u"asset", QStringLiteral("%1 listed twice").arg(a.asset));
        seen.insert(a.asset);
        a.free = e.quantity(u"free", a.asset);
        a.locked = e.quantity(u"locked", a.asset);
        a.borrowed = e.quantity(u"borrowed", a.asset);
        a.interest = e.quantity(u"interest", a.asset);
        a.netAsset = e.decimal(u"netAsset");
        account.assets.append(a);
    }
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return account;
}

} // namespace loandesk
