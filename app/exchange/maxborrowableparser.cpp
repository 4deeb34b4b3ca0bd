#include "maxborrowableparser.h"

#include "jsonreader.h"

namespace loandesk {

Result<std::optional<Decimal>> MaxBorrowableParser::parse(const QJsonValue &json) {
    using Value = std::optional<Decimal>;
    // "empty/null when the caller has no matching unit": accept every spelling of nothing.
    if (json.isUndefined() || json.isNull())
        return Value();
    QString error;
    const JsonReader r(json, QStringLiteral("max-borrowable"), &error);
    const Decimal amount = r.optionalDecimal(u"maxBorrowableAmount");
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return amount.isValid() ? Value(amount) : Value();
}

} // namespace loandesk
