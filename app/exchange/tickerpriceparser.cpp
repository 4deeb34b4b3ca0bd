#include "tickerpriceparser.h"

#include "jsonreader.h"

namespace loandesk {

Result<QMap<QString, Decimal>> TickerPriceParser::parse(const QJsonValue &json) {
    QString error;
    const QString path = QStringLiteral("ticker/price");
    const QList<JsonReader> entries = json.isObject()
                                          ? QList<JsonReader>{JsonReader(json, path, &error)}
                                          : JsonReader::elements(json, path, &error);
    QMap<QString, Decimal> out;
    for (const JsonReader &r : entries) {
        const QString symbol = r.name(u"symbol");
        if (!r.failed() && out.contains(symbol))
            r.fail(u"symbol", QStringLiteral("%1 listed twice").arg(symbol));
        const Decimal price = r.decimal(u"price");
        // A zero price would value a holding at nothing and divide a trigger by zero.
        if (!r.failed() && !price.isPositive())
            r.fail(u"price",
                   QStringLiteral("not a positive price for %1: %2").arg(symbol, price.toString()));
        if (r.failed())
            break;
        out.insert(symbol, price);
    }
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return out;
}

} // namespace loandesk
