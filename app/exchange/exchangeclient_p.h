#pragma once

// Internal to the exchange client: shared by exchangeclient.cpp (transport) and
// exchangeclientendpoints.cpp (one function per endpoint). Not part of the public API.

#include "ed25519signer.h"
#include "exchangeclient.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "httptransport.h"
#include "requestsigner.h"

#include "async/completion.h"

#include <QJsonValue>
#include <QPointer>

#include <functional>
#include <memory>

namespace loandesk {

// One logical request. It may go on the wire twice: a GET rejected with -1021 is resent once
// after a clock resync. `finish` runs exactly once.
struct ExchangeCall {
    // The exchange's security types: NONE is public; MARKET_DATA sends the API-key header but no
    // signature; USER_DATA/TRADE are signed.
    enum class Security { None, ApiKey, Signed };
    enum class Method { Get, Post }; // the endpoints LoanDesk calls

    Method method = Method::Get;
    QString path;
    RequestSigner::Params params;
    Security security = Security::Signed;
    bool clockRetried = false;
    qint64 sentLocalMs = 0;
    std::function<void(const ExchangeCall &, const Result<QJsonValue> &)> finish;

    bool isPost() const { return method == Method::Post; }
    bool isSigned() const { return security == Security::Signed; }
    bool sendsApiKey() const { return security != Security::None; }
};

// Wraps the caller's completion: nothing parsed for a request nobody waits for any more, the
// JSON parsed into T, and a body we could not read after a successful POST marked as an
// unknown outcome.
template <typename T, typename Parse>
auto deliverParsed(Completion<Result<T>> completion, Parse parse) {
    return [completion = std::move(completion),
            parse = std::move(parse)](const ExchangeCall &call, const Result<QJsonValue> &result) {
        if (!completion.isWanted())
            return;
        if (!result.ok()) {
            completion.deliver(Result<T>(result.error()));
            return;
        }
        Result<T> parsed = parse(result.value());
        if (!parsed.ok() && call.isPost()) {
            ExchangeError error = parsed.error();
            error.outcomeUnknown = true; // a 2xx: the exchange acted, we cannot read the answer
            completion.deliver(Result<T>(error));
            return;
        }
        completion.deliver(std::move(parsed));
    };
}

class ExchangeClient::Private {
public:
    Private(ExchangeClient *q, HttpTransport *transport, ServerClock *clock, WeightTracker *weights)
        : q(q)
        , transport(transport)
        , clock(clock)
        , weights(weights) {}

    void start(const std::shared_ptr<ExchangeCall> &call);
    void failLater(const std::shared_ptr<ExchangeCall> &call, const ExchangeError &error);
    std::optional<ExchangeError> preflight(const ExchangeCall &call) const;
    HttpRequest buildRequest(const ExchangeCall &call, const QByteArray &query,
                             QByteArray body) const;
    void completed(const std::shared_ptr<ExchangeCall> &call, const HttpResponse &response);
    Pending syncTime(QObject *context, ResultCallback<qint64> callback);

    template <typename T, typename Parse>
    Pending send(ExchangeCall::Method method, const QString &path, RequestSigner::Params params,
                 QObject *context, ResultCallback<T> callback, Parse parse,
                 ExchangeCall::Security security = ExchangeCall::Security::Signed) {
        auto call = std::make_shared<ExchangeCall>();
        call->method = method;
        call->security = security;
        call->path = path;
        call->params = std::move(params);
        Completion<Result<T>> completion(context, std::move(callback));
        const Pending pending = completion.pending();
        call->finish = deliverParsed<T>(std::move(completion), std::move(parse));
        start(call);
        return pending;
    }

    ExchangeClient *q;
    QPointer<HttpTransport> transport;
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
