#include "subaccountassetsparser.h"

#include "jsonreader.h"

#include <QSet>

namespace loandesk {

namespace {

// Not used in any sum, so a reply that leaves them out is still complete.
Decimal optionalQuantity(const JsonReader &r, QStringView field, QStringView asset) {
    return r.has(field) ? r.quantity(field, asset) : Decimal();
}

} // namespace

Result<QList<SpotBalance>> SubAccountAssetsParser::parse(const QJsonValue &json) {
    QString error;
    const JsonReader root(json, QStringLiteral("sub-account/assets"), &error);
    QList<SpotBalance> out;
    QSet<QString> seen;
    for (const JsonReader &r : root.array(u"balances")) {
        SpotBalance b;
        b.asset = r.name(u"asset");
        if (!r.failed() && seen.contains(b.asset))
            r.fail(u"asset", QStringLiteral("%1 listed twice").arg(b.asset));
        seen.insert(b.asset);
        b.free = r.quantity(u"free", b.asset);
        b.locked = r.quantity(u"locked", b.asset);
        b.freeze = optionalQuantity(r, u"freeze", b.asset);
        b.withdrawing = optionalQuantity(r, u"withdrawing", b.asset);
        out.append(b);
    }
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return out;
}

} // namespace loandesk
