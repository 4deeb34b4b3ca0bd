#include "exchangeclient_p.h"

#include "httpexchange.h"
#include "requestsigner.h"
#include "responseclassifier.h"
#include "serverclock.h"
#include "servertimeparser.h"
#include "weighttracker.h"

#include "domain/isoutc.h"

#include <QTimer>

#include <memory>

namespace loandesk {

void ExchangeClient::Private::failLater(const std::shared_ptr<ExchangeCall> &call,
                                        const ExchangeError &error) {
    // Callbacks never run inside the call that started the request.
    QTimer::singleShot(0, q, [call, error] { call->finish(*call, error); });
}

std::optional<ExchangeError> ExchangeClient::Private::preflight(const ExchangeCall &call) const {
    if (!transport)
        return ExchangeError::make(ExchangeError::Kind::Network,
                                   QStringLiteral("no network transport"));
    if (call.sendsApiKey() && credentials.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Auth,
                                   QStringLiteral("no API key configured (not sent)"));
    if (call.isSigned() && credentials.kind == ApiCredentials::KeyKind::Ed25519 &&
        !(ed25519 && ed25519->isValid()))
        return ExchangeError::make(ExchangeError::Kind::Auth,
                                   QStringLiteral("the Ed25519 private key cannot be read; it must "
                                                  "be an unencrypted PKCS#8 PEM (not sent)"));
    // Sending during a pause only prolongs it (repeated 429s escalate to an IP ban).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (weights && weights->isPaused(call.path, now)) {
        const QDateTime banned = weights->bannedUntil();
        const bool isBan = banned.isValid() && now < banned;
        ExchangeError e = ExchangeError::make(
            isBan ? ExchangeError::Kind::Banned : ExchangeError::Kind::RateLimited,
            QStringLiteral("paused until %1 after HTTP %2 (not sent)")
                .arg(isoUtcSeconds(weights->pausedUntil(call.path)))
                .arg(isBan ? 418 : 429));
        e.retryAfter = weights->pausedUntil(call.path);
        return e;
    }
    return std::nullopt;
}

HttpRequest ExchangeClient::Private::buildRequest(const ExchangeCall &call, const QByteArray &query,
                                                  QByteArray body) const {
    HttpRequest request;
    request.method = call.isPost() ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    // The transport sends the URL's encoded path and query byte for byte, as signed. It
    // follows no redirect (one would re-send a signed request to a host we did not choose) and
    // caches nothing.
    request.url = RequestSigner::buildUrl(baseUrl, call.path, query);
    request.headers.append(
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("LoanDesk/" LOANDESK_VERSION)});
    if (call.sendsApiKey())
        request.headers.append({QByteArrayLiteral("X-MBX-APIKEY"), credentials.apiKey.toUtf8()});
    if (call.isPost())
        request.headers.append({QByteArrayLiteral("Content-Type"),
                                QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.body = std::move(body);
    return request;
}

void ExchangeClient::Private::start(const std::shared_ptr<ExchangeCall> &call) {
    if (const auto error = preflight(*call)) {
        failLater(call, *error);
        return;
    }
    QByteArray query;
    QByteArray body;
    if (!call->isSigned()) {
        query = RequestSigner::encode(call->params);
    } else {
        const RequestSigner signer =
            ed25519 ? RequestSigner(ed25519) : RequestSigner(credentials.secret);
        const qint64 timestamp = clock->serverNowMs();
        const RequestSigner::Signed s =
            call->isPost() ? signer.signBody({}, call->params, timestamp, recvWindowMs)
                           : signer.signQuery(call->params, timestamp, recvWindowMs);
        query = s.query;
        body = s.body;
    }
    call->sentLocalMs = clock->localNowMs();
    // Sent once: the transport never resends a POST, and resends a GET only when a kept-alive
    // connection turned out closed before any answer.
    HttpExchange *exchange =
        transport->send(buildRequest(*call, query, std::move(body)), timeoutMs, maxBodyBytes, q);
    QObject::connect(exchange, &HttpExchange::completed, q,
                     [this, call, exchange](const HttpResponse &response) {
                         exchange->deleteLater();
                         completed(call, response);
                     });
}

void ExchangeClient::Private::completed(const std::shared_ptr<ExchangeCall> &call,
                                        const HttpResponse &response) {
    if (weights)
        weights->recordResponse(call->path, response);
    Q_EMIT q->requestFinished(call->path, response.httpStatus, response.elapsedMs);

    const Result<QJsonValue> result = ResponseClassifier::classify(response);
    // -1021: our clock drifted from the exchange's. A GET changes nothing, so resync and resend
    // it once; a POST is never resent (the caller decides, -1021 means it was not executed).
    if (!result.ok() && result.error().kind == ExchangeError::Kind::Clock && call->isSigned() &&
        call->method == ExchangeCall::Method::Get && !call->clockRetried) {
        call->clockRetried = true;
        const ExchangeError first = result.error();
        syncTime(q, [this, call, first](const Result<qint64> &synced) {
            if (synced.ok())
                start(call);
            else
                call->finish(*call, first);
        });
        return;
    }
    // A POST is not resent, but the clock is still corrected so the caller's retry can pass.
    if (!result.ok() && result.error().kind == ExchangeError::Kind::Clock && call->isPost())
        syncTime(q, [](const Result<qint64> &) {});
    call->finish(*call, result);
}

Pending ExchangeClient::Private::syncTime(QObject *context, ResultCallback<qint64> callback) {
    auto call = std::make_shared<ExchangeCall>();
    call->path = QStringLiteral("/api/v3/time");
    call->security = ExchangeCall::Security::None;
    Completion<Result<qint64>> completion(context, std::move(callback));
    const Pending pending = completion.pending();
    call->finish = [this, completion = std::move(completion)](const ExchangeCall &c,
                                                              const Result<QJsonValue> &result) {
        const qint64 received = clock->localNowMs();
        Result<qint64> offset =
            result.ok() ? ServerTimeParser::parse(result.value()) : Result<qint64>(result.error());
        // The sample is worth keeping even if the caller has gone away.
        if (offset.ok()) {
            clock->applySample(c.sentLocalMs, offset.value(), received);
            offset = clock->offsetMs();
        }
        completion.deliver(std::move(offset));
    };
    start(call);
    return pending;
}

ExchangeClient::ExchangeClient(HttpTransport *transport, ServerClock *clock, WeightTracker *weights,
                               QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, transport, clock, weights)) {}

ExchangeClient::~ExchangeClient() {
    // Abort what is in flight before Private goes: no callback runs after this point.
    qDeleteAll(findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly));
}

void ExchangeClient::setBaseUrl(const QUrl &url) {
    d->baseUrl = url;
}

QUrl ExchangeClient::baseUrl() const {
    return d->baseUrl;
}

void ExchangeClient::setCredentials(const ApiCredentials &credentials) {
    d->credentials = credentials;
    d->ed25519.reset();
    if (credentials.kind == ApiCredentials::KeyKind::Ed25519)
        d->ed25519 = std::make_shared<const Ed25519Signer>(credentials.secret);
}

bool ExchangeClient::hasCredentials() const {
    return !d->credentials.isEmpty();
}

void ExchangeClient::setRecvWindowMs(int ms) {
    d->recvWindowMs = ms;
}

void ExchangeClient::setRequestTimeoutMs(int ms) {
    d->timeoutMs = ms;
}

void ExchangeClient::setMaxResponseBytes(qint64 bytes) {
    d->maxBodyBytes = bytes;
}

ServerClock *ExchangeClient::clock() const {
    return d->clock;
}

WeightTracker *ExchangeClient::weights() const {
    return d->weights;
}

Pending ExchangeClient::syncTime(QObject *context, ResultCallback<qint64> callback) {
    return d->syncTime(context, std::move(callback));
}

} // namespace loandesk
