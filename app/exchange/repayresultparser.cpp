#include "repayresultparser.h"

#include "jsonreader.h"

namespace loandesk {

Result<RepayResult> RepayResultParser::parse(const QJsonValue &json,
                                             RepayRequest::From requestedFrom) {
    QString error;
    const JsonReader r(json, QStringLiteral("repay"), &error);
    RepayResult result;
    result.transactionId = r.id(u"transactionId");
    result.amount = r.decimal(u"amount");
    result.from = requestedFrom;
    const QString from = r.optionalString(u"repayFrom");
    if (from.compare(u"MARGIN", Qt::CaseInsensitive) == 0)
        result.from = RepayRequest::From::Margin;
    else if (from.compare(u"SPOT", Qt::CaseInsensitive) == 0)
        result.from = RepayRequest::From::Spot;
    else if (!from.isEmpty())
        r.fail(u"repayFrom", QStringLiteral("unknown wallet \"%1\"").arg(from));
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return result;
}

} // namespace loandesk
