#include "requestdispatcher.h"

#include "businessfault.h"
#include "endpointtable.h"

#include <QJsonObject>

namespace loandesk::sim {

namespace {

const QByteArray NginxBadGateway = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                   "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                   "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

SimResponse retryAfter(SimResponse response, qint64 seconds) {
    response.headers.append({"Retry-After", QByteArray::number(seconds)});
    return response;
}

} // namespace

RequestDispatcher::RequestDispatcher(SimEngine &engine, RateLimiter &limiter)
    : m_engine(engine)
    , m_limiter(limiter) {}

void RequestDispatcher::setAccounts(const QList<SimAccount> &accounts) {
    m_auth = RequestAuthenticator(accounts);
}

SimResponse RequestDispatcher::errorResponse(const SimError &error) {
    SimResponse response;
    response.status = error.httpStatus;
    response.body = error.toJson();
    return response;
}

SimResponse RequestDispatcher::dispatch(const SimRequest &request, qint64 engineTimeMs,
                                        qint64 serverTimeMs, LoggedRequest *entry,
                                        qint64 recordsLateMs) {
    SimResponse response = execute(request, engineTimeMs, serverTimeMs, entry, {0, recordsLateMs});
    entry->httpStatus = response.status;
    return response;
}

SimResponse RequestDispatcher::dispatchWithFault(const SimRequest &request,
                                                 const FaultInjector::Fault &fault,
                                                 qint64 engineTimeMs, qint64 serverTimeMs,
                                                 LoggedRequest *entry, qint64 recordsLateMs) {
    using Kind = FaultInjector::Kind;
    const Handlers::OrderTiming now{0, recordsLateMs};
    entry->fault = FaultInjector::kindName(fault.kind);
    SimResponse response;
    switch (fault.kind) {
    case Kind::Latency: // not outcomes: SimExchange applies them to every request they match
    case Kind::RecordsLate:
        return dispatch(request, engineTimeMs, serverTimeMs, entry, recordsLateMs);
    case Kind::ServerError:
        // -1000 with this text means "reached the server, outcome unknown" (API notes 4.2).
        response = errorResponse(SimError::make(
            -1000, QStringLiteral("Unknown error, please check your request or try again later."),
            int(fault.param)));
        entry->code = -1000;
        break;
    case Kind::ServerErrorText:
        response.status = int(fault.param);
        response.contentType = "text/plain";
        response.body = "Internal Server Error";
        break;
    case Kind::RateLimited:
        response = retryAfter(
            errorResponse(SimError::make(-1003,
                                         QStringLiteral("Too much request weight used; current "
                                                        "limit is 12000 request weight per 1 "
                                                        "MINUTE."),
                                         429)),
            fault.param);
        entry->code = -1003;
        break;
    case Kind::Banned:
        response = retryAfter(
            errorResponse(SimError::make(-1003,
                                         QStringLiteral("Way too much request weight used; IP "
                                                        "banned until %1.")
                                             .arg(serverTimeMs + fault.param * 1000),
                                         418)),
            fault.param);
        entry->code = -1003;
        break;
    case Kind::HtmlErrorPage:
        response.status = 502;
        response.contentType = "text/html";
        response.body = NginxBadGateway;
        break;
    case Kind::DropConnection:
        response.delivery = SimResponse::Delivery::Drop;
        break;
    case Kind::MalformedJson:
        // The request runs; its answer is cut in half and followed by junk.
        response = execute(request, engineTimeMs, serverTimeMs, entry, now);
        response.body = response.body.left(response.body.size() / 2) + "\x01}{";
        break;
    case Kind::MissingAsset:
    case Kind::NegativeBalance:
    case Kind::UnknownAsset:
    case Kind::UnpricedAsset:
    case Kind::TierGap:
        response = BusinessFault::apply(fault.kind,
                                        execute(request, engineTimeMs, serverTimeMs, entry, now));
        break;
    case Kind::TruncatedBody:
        response = execute(request, engineTimeMs, serverTimeMs, entry, now);
        response.delivery = SimResponse::Delivery::Truncated;
        break;
    case Kind::ResponseLost:
        response = execute(request, engineTimeMs, serverTimeMs, entry, now);
        response.delivery = SimResponse::Delivery::Drop;
        break;
    case Kind::ExecutesLate:
        // The exchange accepted the order and queued it; the answer is lost meanwhile. The log
        // says "not executed" for a queued order: it runs when the simulator's clock gets there.
        response =
            execute(request, engineTimeMs, serverTimeMs, entry, {fault.param, recordsLateMs});
        response.delivery = SimResponse::Delivery::Drop;
        break;
    }
    entry->httpStatus = response.delivery == SimResponse::Delivery::Drop ? 0 : response.status;
    return response;
}

SimResponse RequestDispatcher::execute(const SimRequest &request, qint64 engineTimeMs,
                                       qint64 serverTimeMs, LoggedRequest *entry,
                                       const Handlers::OrderTiming &timing) {
    m_engine.advanceTo(engineTimeMs);
    auto fail = [entry](const SimError &error, SimResponse response = {}) {
        entry->code = error.code;
        response.status = error.httpStatus;
        response.body = error.toJson();
        return response;
    };
    bool wrongMethod = false;
    const Endpoint *endpoint = Endpoint::find(request.method, request.path, &wrongMethod);
    if (!endpoint)
        return fail(wrongMethod ? SimError::make(-1099, QStringLiteral("Method not allowed."), 405)
                                : SimError::make(-1099,
                                                 QStringLiteral("Not found, unauthenticated, or "
                                                                "unauthorized."),
                                                 404));
    SimResponse response;
    if (!endpoint->handler) { // GET /api/v3/time: no key, no signature
        const RateLimiter::Charge charge = m_limiter.charge(endpoint->path, endpoint->weightKind,
                                                            endpoint->weight, {}, engineTimeMs);
        response.headers.append({charge.header, QByteArray::number(charge.used)});
        if (charge.error)
            return fail(*charge.error, retryAfter(response, charge.retryAfterSeconds));
        response.body = QJsonDocument(QJsonObject{{QStringLiteral("serverTime"), serverTimeMs}})
                            .toJson(QJsonDocument::Compact);
        return response;
    }

    // Parsed before charging: some weights depend on the parameters (ticker/price). A parse
    // error is still reported after the charge, as the exchange counts malformed requests too.
    RequestParams params = RequestParams::parse(request);
    const SimAccount *caller = nullptr;
    if (endpoint->security != Endpoint::Security::None) {
        if (std::optional<SimError> e = m_auth.checkKey(request, &caller))
            return fail(*e);
    }
    const RateLimiter::Charge charge =
        m_limiter.charge(endpoint->path, endpoint->weightKind, endpoint->weightOf(params),
                         caller ? caller->credentials.apiKey : QString(), engineTimeMs);
    response.headers.append({charge.header, QByteArray::number(charge.used)});
    if (charge.error)
        return fail(*charge.error, retryAfter(response, charge.retryAfterSeconds));

    if (params.error())
        return fail(*params.error(), response);
    if (endpoint->security == Endpoint::Security::Signed) {
        if (std::optional<SimError> e = RequestAuthenticator::checkSignature(request, *caller))
            return fail(*e, response);
        if (std::optional<SimError> e = RequestAuthenticator::checkTimestamp(params, serverTimeMs))
            return fail(*e, response);
    }
    // A member's read-only key lacks the permission altogether, as on the exchange (-2015); the
    // account's other keys get -1002 for an endpoint outside their scope.
    static const SimAccount anonymous;
    if (caller && !endpoint->allows(*caller))
        return fail(caller->role == SimAccount::Role::Member ? SimError::noPermission()
                                                             : SimError::unauthorized(),
                    response);

    Handlers::Context context{m_engine, caller ? *caller : anonymous, params, engineTimeMs, timing};
    const Handlers::Reply reply = endpoint->handler(context);
    entry->executed = !reply.error.has_value() && !reply.queued;
    if (reply.error)
        return fail(*reply.error, response);
    response.body = reply.body;
    return response;
}

} // namespace loandesk::sim
