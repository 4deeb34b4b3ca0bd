#pragma once

#include "handlers.h"
#include "ratelimiter.h"

#include <QByteArray>

namespace loandesk::sim {

// Which endpoints the simulator serves, with their method, weight (API notes section 1) and
// which keys may call them.
struct Endpoint {
    enum class Scope { ParentOrCredit, ParentOnly, CreditOnly };

    QByteArray method;
    QByteArray path;
    int weight = 1;
    RateLimiter::Kind weightKind = RateLimiter::Kind::Ip;
    Scope scope = Scope::ParentOrCredit;
    Handlers::Function handler = nullptr; // null for /api/v3/time, answered by SimExchange

    bool allows(const SimAccount &caller) const;

    static const QList<Endpoint> &all();
    // nullptr when no endpoint has this path; `methodMismatch` tells a wrong method apart.
    static const Endpoint *find(const QByteArray &method, const QByteArray &path,
                                bool *methodMismatch);
};

} // namespace loandesk::sim
