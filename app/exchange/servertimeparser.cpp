#include "servertimeparser.h"

#include "jsonreader.h"

namespace loandesk {

Result<qint64> ServerTimeParser::parse(const QJsonValue &json) {
    QString error;
    const JsonReader r(json, QStringLiteral("time"), &error);
    const qint64 serverTime = r.integer(u"serverTime");
    if (error.isEmpty() && serverTime <= 0)
        r.fail(u"serverTime", QStringLiteral("not a positive epoch time: %1").arg(serverTime));
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return serverTime;
}

} // namespace loandesk
