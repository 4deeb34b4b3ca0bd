#include "borrowresultparser.h"

#include "jsonreader.h"

namespace loandesk {

Result<BorrowResult> BorrowResultParser::parse(const QJsonValue &json) {
    QString error;
    const JsonReader r(json, QStringLiteral("borrow"), &error);
    BorrowResult result;
    result.transactionId = r.id(u"transactionId");
    result.amount = r.decimal(u"amount");
    // Documented as always "success"; tolerate its absence, but never read another word as
    // success: the loan is then neither confirmed nor refused and must be reconciled.
    const QString status = r.optionalString(u"status");
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    if (!status.isEmpty() && status.compare(u"success", Qt::CaseInsensitive) != 0) {
        ExchangeError e = ExchangeError::make(
            ExchangeError::Kind::Business,
            QStringLiteral("borrow %1 reported status \"%2\"").arg(result.transactionId, status));
        e.outcomeUnknown = true;
        return e;
    }
    return result;
}

} // namespace loandesk
