#pragma once

#include "httpresponse.h"
#include "result.h"

#include <QDateTime>
#include <QJsonValue>

namespace loandesk {

// The one place that decides what a finished request means: a JSON value to parse, or an
// ExchangeError of the right kind, with outcomeUnknown set when a POST may have executed.
// Rules (API doc 4 and 6.5):
//  - transport: our deadline → Timeout; TLS failures → Tls; refused/DNS → Network (not sent);
//    a connection dropped after sending → Network. Body over the cap → Parse "response too large".
//  - 3xx → Redirect (signed requests are never redirected); 429 → RateLimited, 418 → Banned,
//    both with retryAfter = now + Retry-After seconds, capped at RetryAfter::MaxSeconds.
//  - an exchange {"code","msg"} body: -1021 Clock, -1022 Signature, -2014/-2015/-1002 Auth,
//    -1000/-1001/-1004/-1006/-1007 Server, -1003 RateLimited, anything else Business.
//  - 5xx without an exchange body → Server; other non-2xx → Http; a 2xx body that is not JSON
//    → Parse, described precisely (HTML page, truncated or malformed JSON).
//  - outcomeUnknown (POST only): timeout, dropped connection, 5xx, -1000/-1006/-1007, and a
//    reply we could not read. A 4xx exchange error (incl. -1021) means "not executed".
class ResponseClassifier {
public:
    // Value: the decoded body of a 2xx reply (Undefined when the body is empty).
    static Result<QJsonValue> classify(const HttpResponse &response,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

    static ExchangeError::Kind kindForCode(int code);
    static bool codeMeansUnknownOutcome(int code);

private:
    static ExchangeError transportError(const HttpResponse &response);
    static ExchangeError exchangeError(const HttpResponse &response, int code, const QString &msg,
                                       const QDateTime &now);
    static QDateTime retryAfter(const HttpResponse &response, const QDateTime &now,
                                int fallbackSeconds);
};

} // namespace loandesk
