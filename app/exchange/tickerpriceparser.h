#pragma once

#include "result.h"

#include "domain/decimal.h"

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace loandesk {

// GET /api/v3/ticker/price: [{"symbol","price"}], or one object for a single symbol. Value:
// price by symbol ("BTCUSDT" → 97000.5). Symbols the exchange left out (unknown or not trading)
// are simply absent; the caller decides what an asset without a price means. Refused: an entry
// without "symbol", a symbol listed twice, a price that is not a positive decimal.
class TickerPriceParser {
public:
    static Result<QMap<QString, Decimal>> parse(const QJsonValue &json);
};

} // namespace loandesk
