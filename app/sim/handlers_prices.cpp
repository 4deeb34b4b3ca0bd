// Handlers for prices: /api/v3/ticker/price (public) and the PM asset index price. Both derive
// from the market's one USD price per asset, the same that values ltv-details at this tick.
#include "handlers.h"
#include "jsonwriter.h"

#include <QJsonParseError>

namespace loandesk::sim::Handlers {

namespace {

constexpr int Places = 8;
const QString Quote = QStringLiteral("USDT");

// Every market asset except the quote trades against USDT (USDCUSDT included).
QMap<QString, QString> tickerPrices(const MarketModel &market) {
    QMap<QString, QString> prices;
    const Decimal quote = market.price(Quote);
    if (!quote.isPositive())
        return prices;
    for (const AssetConfig &a : market.assets()) {
        if (a.name != Quote)
            prices.insert(a.name + Quote,
                          market.price(a.name).dividedBy(quote, Places).toString(Places));
    }
    return prices;
}

QJsonObject tickerRow(const QString &symbol, const QString &price) {
    return QJsonObject{{QStringLiteral("symbol"), symbol}, {QStringLiteral("price"), price}};
}

SimError invalidSymbol() {
    return SimError::make(-1121, QStringLiteral("Invalid symbol."));
}

} // namespace

Reply tickerPrice(Context &c) {
    const bool one = c.params.has(QStringLiteral("symbol"));
    const bool many = c.params.has(QStringLiteral("symbols"));
    if (one && many)
        return Reply::fail(
            SimError::make(-1128, QStringLiteral("Combination of optional parameters invalid.")));
    // Every simulated symbol is TRADING.
    const QString status = c.params.value(QStringLiteral("symbolStatus"));
    if (!status.isEmpty() && status != u"TRADING" && status != u"HALT" && status != u"BREAK")
        return Reply::fail(SimError::invalidParam(QStringLiteral("symbolStatus")));
    const bool statusMatches = status.isEmpty() || status == u"TRADING";
    const QMap<QString, QString> prices = tickerPrices(c.engine.market());

    if (one) {
        const QString symbol = c.params.value(QStringLiteral("symbol")).toUpper();
        if (!prices.contains(symbol))
            return Reply::fail(invalidSymbol());
        if (!statusMatches)
            return Reply::fail(SimError::make(
                -1220, QStringLiteral("The symbol's status does not match the requested "
                                      "symbolStatus.")));
        return Reply::json(QJsonDocument(tickerRow(symbol, prices.value(symbol))));
    }
    QStringList wanted;
    if (many) {
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(c.params.value(QStringLiteral("symbols")).toUtf8(), &error);
        if (!doc.isArray() || doc.array().isEmpty())
            return Reply::fail(SimError::illegalChars(QStringLiteral("symbols")));
        for (const QJsonValue &v : doc.array()) {
            if (!v.isString())
                return Reply::fail(SimError::illegalChars(QStringLiteral("symbols")));
            wanted.append(v.toString().toUpper());
        }
    } else {
        wanted = prices.keys();
    }
    // Unknown or non-matching symbols are left out of a multi-symbol answer.
    QJsonArray rows;
    for (const QString &symbol : std::as_const(wanted)) {
        if (statusMatches && prices.contains(symbol))
            rows.append(tickerRow(symbol, prices.value(symbol)));
    }
    return Reply::json(QJsonDocument(rows));
}

Reply assetIndexPrice(Context &c) {
    const MarketModel &market = c.engine.market();
    const auto row = [&](const QString &asset) {
        return QJsonObject{
            {QStringLiteral("asset"), asset},
            {QStringLiteral("assetIndexPrice"), JsonWriter::money(market.price(asset))},
            {QStringLiteral("time"), c.nowMs}};
    };
    QJsonArray rows;
    if (c.params.has(QStringLiteral("asset"))) {
        const QString asset = c.params.value(QStringLiteral("asset")).toUpper();
        if (!c.engine.scenario().asset(asset))
            return Reply::fail(SimError::invalidParam(QStringLiteral("asset")));
        rows.append(row(asset));
    } else {
        for (const AssetConfig &a : market.assets())
            rows.append(row(a.name));
    }
    return Reply::json(QJsonDocument(rows));
}

} // namespace loandesk::sim::Handlers
