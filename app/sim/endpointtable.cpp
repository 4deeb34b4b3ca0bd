#include "endpointtable.h"

namespace loandesk::sim {

namespace {

QList<Endpoint> makeTable() {
    using K = RateLimiter::Kind;
    using S = Endpoint::Scope;
    const QByteArray group = "/sapi/v1/margin/loan-group/";
    return {
        {"GET", "/api/v3/time", 1, K::Api, S::ParentOrCredit, nullptr},
        {"GET", group + "ltv-details", 200, K::Ip, S::ParentOrCredit, &Handlers::ltvDetails},
        {"GET", "/sapi/v1/margin/loan-groups/activated", 10, K::Ip, S::ParentOnly,
         &Handlers::activated},
        {"GET", "/sapi/v1/margin/loan-groups/closed", 1, K::Ip, S::CreditOnly, &Handlers::closed},
        {"POST", group + "borrow", 3000, K::Uid, S::CreditOnly, &Handlers::borrow},
        {"POST", group + "repay", 3000, K::Uid, S::CreditOnly, &Handlers::repay},
        {"GET", group + "borrow-repay", 10, K::Ip, S::CreditOnly, &Handlers::borrowRepay},
        {"GET", group + "interest-history", 10, K::Ip, S::CreditOnly, &Handlers::interestHistory},
        {"GET", group + "force-liquidation", 1, K::Ip, S::CreditOnly, &Handlers::forceLiquidation},
        {"GET", group + "force-liquidation-transfer-record", 1, K::Ip, S::CreditOnly,
         &Handlers::liquidationTransfers},
        {"POST", group + "transfer-out", 1, K::Ip, S::ParentOrCredit, &Handlers::transferOut},
        {"GET", group + "max-borrowable", 100, K::Ip, S::ParentOrCredit, &Handlers::maxBorrowable},
        // Weight undocumented; 1 is assumed.
        {"GET", group + "interest-rebate-balance", 1, K::Ip, S::ParentOnly,
         &Handlers::rebateBalance},
    };
}

} // namespace

bool Endpoint::allows(const SimAccount &caller) const {
    switch (scope) {
    case Scope::ParentOrCredit:
        return true;
    case Scope::ParentOnly:
        return caller.role == SimAccount::Role::Parent;
    case Scope::CreditOnly:
        return caller.role == SimAccount::Role::Credit;
    }
    return false;
}

const QList<Endpoint> &Endpoint::all() {
    static const QList<Endpoint> table = makeTable();
    return table;
}

const Endpoint *Endpoint::find(const QByteArray &method, const QByteArray &path,
                               bool *methodMismatch) {
    *methodMismatch = false;
    for (const Endpoint &e : all()) {
        if (e.path != path)
            continue;
        if (e.method == method)
            return &e;
        *methodMismatch = true;
    }
    return nullptr;
}

} // namespace loandesk::sim
