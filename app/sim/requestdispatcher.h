#pragma once

#include "faultinjector.h"
#include "handlers.h"
#include "loggedrequest.h"
#include "ratelimiter.h"
#include "requestauthenticator.h"
#include "simengine.h"
#include "simresponse.h"

namespace loandesk::sim {

// Turns one request into a response: route, API key, weight, signature, timestamp, scope,
// then the endpoint handler; and shapes the injected outcome faults. Owned by SimExchange and
// used on its thread.
class RequestDispatcher {
public:
    RequestDispatcher(SimEngine &engine, RateLimiter &limiter);

    void setAccounts(const QList<SimAccount> &accounts);

    // `engineTimeMs` drives the market and weight windows; `serverTimeMs` (with any clock skew)
    // is what /api/v3/time reports and timestamps are checked against. `recordsLateMs` delays
    // the borrow-repay record of an order the request executes.
    SimResponse dispatch(const SimRequest &request, qint64 engineTimeMs, qint64 serverTimeMs,
                         LoggedRequest *entry, qint64 recordsLateMs = 0);
    // Applies an outcome fault: some replace the request (it never runs), others run it (now or
    // later) and then damage or lose the response.
    SimResponse dispatchWithFault(const SimRequest &request, const FaultInjector::Fault &fault,
                                  qint64 engineTimeMs, qint64 serverTimeMs, LoggedRequest *entry,
                                  qint64 recordsLateMs = 0);

    static SimResponse errorResponse(const SimError &error);

private:
    SimResponse execute(const SimRequest &request, qint64 engineTimeMs, qint64 serverTimeMs,
                        LoggedRequest *entry, const Handlers::OrderTiming &timing);

    SimEngine &m_engine;
    RateLimiter &m_limiter;
    RequestAuthenticator m_auth{{}};
};

} // namespace loandesk::sim
