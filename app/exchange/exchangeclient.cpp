#include "exchangeclient_p.h"

#include "replywatcher.h"
#include "requestsigner.h"
#include "responseclassifier.h"
#include "sendoncedevice.h"
#include "serverclock.h"
#include "servertimeparser.h"
#include "weighttracker.h"

#include "domain/isoutc.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace loandesk {

void ExchangeClient::Private::failLater(const std::shared_ptr<ExchangeCall> &call,
                                        const ExchangeError &error) {
    // Callbacks never run inside the call that started the request.
    QTimer::singleShot(0, q, [call, error] { call->finish(*call, error); });
}

std::optional<ExchangeError> ExchangeClient::Private::preflight(const ExchangeCall &call) const {
    if (!network)
        return ExchangeError::make(ExchangeError::Kind::Network,
                                   QStringLiteral("no network access manager"));
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

QNetworkRequest ExchangeClient::Private::buildRequest(const QUrl &url, bool isPost) const {
    QNetworkRequest request(url);
    // A redirect would re-send a signed request to a host we did not choose.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("LoanDesk/" LOANDESK_VERSION));
    if (isPost)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
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
    QNetworkRequest request =
        buildRequest(RequestSigner::buildUrl(baseUrl, call->path, query), call->isPost());
    if (call->sendsApiKey())
        request.setRawHeader(QByteArrayLiteral("X-MBX-APIKEY"), credentials.apiKey.toUtf8());

    call->sentLocalMs = clock->localNowMs();
    QNetworkReply *reply = nullptr;
    switch (call->operation) {
    case QNetworkAccessManager::PostOperation: {
        // Sent once: streamed from a device that cannot be rewound, so Qt cannot replay it.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new SendOnceDevice(body);
        reply = network->post(request, device);
        device->setParent(reply);
        break;
    }
    case QNetworkAccessManager::DeleteOperation:
        reply = network->deleteResource(request);
        break;
    default:
        reply = network->get(request);
        break;
    }
    auto *watcher = new ReplyWatcher(reply, call->isPost(), timeoutMs, maxBodyBytes, q);
    QObject::connect(watcher, &ReplyWatcher::completed, q,
                     [this, call, watcher](const HttpResponse &response) {
                         watcher->deleteLater();
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
        call->operation == QNetworkAccessManager::GetOperation && !call->clockRetried) {
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

ExchangeClient::ExchangeClient(QNetworkAccessManager *network, ServerClock *clock,
                               WeightTracker *weights, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, network, clock, weights)) {}

ExchangeClient::~ExchangeClient() {
    // Abort what is in flight before Private goes: no callback runs after this point.
    qDeleteAll(findChildren<ReplyWatcher *>(Qt::FindDirectChildrenOnly));
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
