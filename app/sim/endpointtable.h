#pragma once

#include "handlers.h"
#include "ratelimiter.h"

#include <QByteArray>

namespace loandesk::sim {

// Which endpoints the simulator serves, with their method, weight (API notes section 1,
// collateral-assets.md), security type and which keys may call them.
struct Endpoint {
    enum class Scope {
        ParentOrCredit, // the loan endpoints
        ParentOnly,
        CreditOnly,
        AnyKey,         // ratio tables and index prices: any key of the account, member keys too
        PortfolioOwner, // /papi: a PM member's own key (or the credit key of a PM credit account)
    };
    // USER_DATA needs key + signature + timestamp, MARKET_DATA only the key, NONE nothing.
    enum class Security { Signed, ApiKey, None };

    QByteArray method;
    QByteArray path;
    int weight = 1;
    RateLimiter::Kind weightKind = RateLimiter::Kind::Ip;
    Scope scope = Scope::ParentOrCredit;
    Handlers::Function handler = nullptr; // null for /api/v3/time, answered by SimExchange
    Security security = Security::Signed;
    // Weight that depends on the parameters (ticker/price: 2 for one symbol, 4 otherwise).
    int (*weightFor)(const RequestParams &params) = nullptr;

    bool allows(const SimAccount &caller) const;
    int weightOf(const RequestParams &params) const {
        return weightFor ? weightFor(params) : weight;
    }

    static const QList<Endpoint> &all();
    // nullptr when no endpoint has this path; `methodMismatch` tells a wrong method apart.
    static const Endpoint *find(const QByteArray &method, const QByteArray &path,
                                bool *methodMismatch);
};

} // namespace loandesk::sim
