#pragma once

// Internal to the exchange client: shared by exchangeclient.cpp (transport) and
// exchangeclientendpoints.cpp (one function per endpoint). Not part of the public API.

#include "ed25519signer.h"
#include "exchangeclient.h"
#include "httpresponse.h"
#include "requestsigner.h"

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QPointer>

#include <functional>
#include <memory>

namespace loandesk {

// One logical request. It may go on the wire twice: a GET rejected with -1021 is resent once
// after a clock resync. `finish` runs exactly once.
struct ExchangeCall {
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QString path;
    RequestSigner::Params params;
    bool isSigned = true;
    bool clockRetried = false;
    qint64 sentLocalMs = 0;
    std::function<void(const ExchangeCall &, const Result<QJsonValue> &)> finish;

    bool isPost() const { return operation == QNetworkAccessManager::PostOperation; }
};

// Wraps the caller's callback: skipped when its context died, the JSON parsed into T, and a
// body we could not read after a successful POST marked as an unknown outcome.
template <typename T, typename Parse>
auto deliverParsed(QObject *context, ResultCallback<T> callback, Parse parse) {
    return [guard = QPointer<QObject>(context), hasContext = context != nullptr,
            callback = std::move(callback),
            parse = std::move(parse)](const ExchangeCall &call, const Result<QJsonValue> &result) {
        if (hasContext && !guard)
            return;
        if (!result.ok()) {
            callback(result.error());
            return;
        }
        Result<T> parsed = parse(result.value());
        if (!parsed.ok() && call.isPost()) {
            ExchangeError error = parsed.error();
            error.outcomeUnknown = true; // a 2xx: the exchange acted, we cannot read the answer
            callback(error);
            return;
        }
        callback(std::move(parsed));
    };
}

class ExchangeClient::Private {
public:
    Private(ExchangeClient *q, QNetworkAccessManager *network, ServerClock *clock,
            WeightTracker *weights)
        : q(q)
        , network(network)
        , clock(clock)
        , weights(weights) {}

    void start(const std::shared_ptr<ExchangeCall> &call);
    void failLater(const std::shared_ptr<ExchangeCall> &call, const ExchangeError &error);
    std::optional<ExchangeError> preflight(const ExchangeCall &call) const;
    QNetworkRequest buildRequest(const QUrl &url, bool isPost) const;
    void completed(const std::shared_ptr<ExchangeCall> &call, const HttpResponse &response);
    void syncTime(QObject *context, ResultCallback<qint64> callback);

    template <typename T, typename Parse>
    void send(QNetworkAccessManager::Operation operation, const QString &path,
              RequestSigner::Params params, QObject *context, ResultCallback<T> callback,
              Parse parse) {
        auto call = std::make_shared<ExchangeCall>();
        call->operation = operation;
        call->path = path;
        call->params = std::move(params);
        call->finish = deliverParsed<T>(context, std::move(callback), std::move(parse));
        start(call);
    }

    ExchangeClient *q;
    QPointer<QNetworkAccessManager> network;
    ServerClock *clock;
    WeightTracker *weights;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.binance.com"));
    ApiCredentials credentials;
    // Parsed once from the PEM when an Ed25519 key is set; null for HMAC keys.
    std::shared_ptr<const Ed25519Signer> ed25519;
    int recvWindowMs = RequestSigner::DefaultRecvWindowMs;
    int timeoutMs = 15000;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
};

} // namespace loandesk
