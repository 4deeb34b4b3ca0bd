#include "responseclassifier.h"

#include "jsonbody.h"
#include "retryafter.h"

#include <QJsonObject>

namespace loandesk {

namespace {

using Kind = ExchangeError::Kind;

constexpr int DefaultRateLimitPauseS = 60;
constexpr int DefaultBanPauseS = 120;

// Errors raised before a single byte of the request can have reached the exchange.
bool failedBeforeSending(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

// Connection-level failures, as opposed to Qt's mapping of HTTP statuses to errors (2xx–4xx
// range of the enum), which the status code already tells us about.
bool isTransportError(QNetworkReply::NetworkError error) {
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure;
}

// An exchange error body is exactly {"code": <negative int>, "msg": "…"}.
bool readExchangeError(const QJsonValue &value, int *code, QString *msg) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    const QJsonValue c = o.value(QLatin1String("code"));
    const QJsonValue m = o.value(QLatin1String("msg"));
    if (!c.isDouble() || !m.isString() || c.toDouble() != double(c.toInt()) || c.toInt() >= 0)
        return false;
    *code = c.toInt();
    *msg = m.toString();
    return true;
}

} // namespace

ExchangeError::Kind ResponseClassifier::kindForCode(int code) {
    switch (code) {
    case -1021:
        return Kind::Clock;
    case -1022:
        return Kind::Signature;
    case -2014:
    case -2015:
    case -1002:
        return Kind::Auth;
    case -1000:
    case -1001:
    case -1004:
    case -1006:
    case -1007:
        return Kind::Server;
    case -1003:
        return Kind::RateLimited;
    default:
        return Kind::Business;
    }
}

bool ResponseClassifier::codeMeansUnknownOutcome(int code) {
    // API doc 6.5: the request reached the exchange and its execution status is unknown.
    return code == -1000 || code == -1006 || code == -1007;
}

QDateTime ResponseClassifier::retryAfter(const HttpResponse &response, const QDateTime &now,
                                         int fallbackSeconds) {
    return RetryAfter::until(response.header("Retry-After"), fallbackSeconds, now);
}

ExchangeError ResponseClassifier::transportError(const HttpResponse &r) {
    ExchangeError e;
    e.httpStatus = r.httpStatus;
    if (r.deadlineHit || r.networkError == QNetworkReply::TimeoutError) {
        e = ExchangeError::make(
            Kind::Timeout,
            r.deadlineHit ? QStringLiteral("no complete response within %1 ms").arg(r.deadlineMs)
                          : QStringLiteral("transfer stalled: %1").arg(r.networkErrorString),
            r.httpStatus);
        e.outcomeUnknown = r.isPost;
        return e;
    }
    if (r.networkError == QNetworkReply::SslHandshakeFailedError ||
        r.networkError == QNetworkReply::TooManyRedirectsError ||
        r.networkError == QNetworkReply::InsecureRedirectError) {
        const Kind kind =
            r.networkError == QNetworkReply::SslHandshakeFailedError ? Kind::Tls : Kind::Redirect;
        return ExchangeError::make(kind, r.networkErrorString, r.httpStatus);
    }
    const bool before = failedBeforeSending(r.networkError);
    QString what = before ? QStringLiteral("could not connect: ")
                   : r.httpStatus > 0
                       ? QStringLiteral("connection dropped while receiving the body (HTTP %1): ")
                             .arg(r.httpStatus)
                       : QStringLiteral("connection failed: ");
    e = ExchangeError::make(Kind::Network, what + r.networkErrorString, r.httpStatus);
    e.outcomeUnknown = r.isPost && !before;
    return e;
}

ExchangeError ResponseClassifier::exchangeError(const HttpResponse &r, int code, const QString &msg,
                                                const QDateTime &now) {
    ExchangeError e = ExchangeError::make(kindForCode(code), msg, r.httpStatus, code);
    if (r.httpStatus == 418) {
        e.kind = Kind::Banned;
        e.retryAfter = retryAfter(r, now, DefaultBanPauseS);
    } else if (r.httpStatus == 429 || e.kind == Kind::RateLimited) {
        e.kind = Kind::RateLimited;
        e.retryAfter = retryAfter(r, now, DefaultRateLimitPauseS);
    }
    e.outcomeUnknown = r.isPost && (r.httpStatus >= 500 || codeMeansUnknownOutcome(code));
    return e;
}

Result<QJsonValue> ResponseClassifier::classify(const HttpResponse &r, const QDateTime &now) {
    if (r.tooLarge) {
        ExchangeError e = ExchangeError::make(
            Kind::Parse, QStringLiteral("response too large (over %1 bytes)").arg(r.maxBodyBytes),
            r.httpStatus);
        e.outcomeUnknown = r.isPost; // the exchange answered, but we cannot tell what
        return e;
    }
    if (r.deadlineHit || r.httpStatus == 0 || isTransportError(r.networkError))
        return transportError(r);
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        const QByteArray location = r.header("Location");
        return ExchangeError::make(Kind::Redirect,
                                   QStringLiteral("redirect (HTTP %1) to %2")
                                       .arg(r.httpStatus)
                                       .arg(QString::fromUtf8(location)),
                                   r.httpStatus);
    }

    const JsonBody::Decoded body = JsonBody::decode(r.body);
    int code = 0;
    QString msg;
    if (body.ok() && readExchangeError(body.value, &code, &msg))
        return exchangeError(r, code, msg, now);

    const bool success = r.httpStatus >= 200 && r.httpStatus < 300;
    if (success && body.ok())
        return body.value;

    ExchangeError e;
    if (r.httpStatus == 418 || r.httpStatus == 429) {
        const bool banned = r.httpStatus == 418;
        e = ExchangeError::make(banned ? Kind::Banned : Kind::RateLimited,
                                banned ? QStringLiteral("IP banned (HTTP 418)")
                                       : QStringLiteral("rate limited (HTTP 429)"),
                                r.httpStatus);
        e.retryAfter = retryAfter(r, now, banned ? DefaultBanPauseS : DefaultRateLimitPauseS);
        return e;
    }
    const QString description =
        body.ok() && !body.isEmpty()
            ? QStringLiteral("unexpected JSON body (HTTP %1)").arg(r.httpStatus)
            : body.describe(r.httpStatus);
    if (success) {
        e = ExchangeError::make(Kind::Parse, description, r.httpStatus);
        // The exchange executed the request, we just cannot read the answer.
        e.outcomeUnknown = r.isPost;
    } else if (r.httpStatus >= 500) {
        e = ExchangeError::make(Kind::Server, description, r.httpStatus);
        e.outcomeUnknown = r.isPost;
    } else {
        e = ExchangeError::make(Kind::Http, description, r.httpStatus);
    }
    return e;
}

} // namespace loandesk
