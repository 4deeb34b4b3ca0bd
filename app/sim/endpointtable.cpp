#include "endpointtable.h"

namespace loandesk::sim {

namespace {

int tickerWeight(const RequestParams &params) {
    return params.has(QStringLiteral("symbol")) ? 2 : 4;
}

int assetIndexWeight(const RequestParams &params) {
    return params.has(QStringLiteral("asset")) ? 1 : 50;
}

QList<Endpoint> makeTable() {
    using K = RateLimiter::Kind;
    using S = Endpoint::Scope;
    using Sec = Endpoint::Security;
    const QByteArray group = "/sapi/v1/margin/loan-group/";
    return {
        {"GET", "/api/v3/time", 1, K::Api, S::ParentOrCredit, nullptr, Sec::None},
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
        // Composition (collateral-assets.md sections 1–5).
        {"GET", "/sapi/v4/sub-account/assets", 60, K::Uid, S::ParentOnly,
         &Handlers::subAccountAssetsV4},
        {"GET", "/sapi/v3/sub-account/assets", 60, K::Uid, S::ParentOnly,
         &Handlers::subAccountAssetsV3},
        {"GET", "/sapi/v1/sub-account/margin/account", 10, K::Ip, S::ParentOnly,
         &Handlers::subAccountMargin},
        {"GET", "/papi/v1/balance", 20, K::Ip, S::PortfolioOwner, &Handlers::papiBalance},
        {"GET", "/papi/v1/account", 20, K::Ip, S::PortfolioOwner, &Handlers::papiAccount},
        {"GET", "/sapi/v1/margin/crossMarginCollateralRatio", 100, K::Ip, S::AnyKey,
         &Handlers::crossCollateralRatio, Sec::ApiKey},
        {"GET", "/sapi/v2/portfolio/collateralRate", 50, K::Ip, S::AnyKey,
         &Handlers::portfolioCollateralRate},
        {"GET", "/sapi/v1/portfolio/asset-index-price", 50, K::Ip, S::AnyKey,
         &Handlers::assetIndexPrice, Sec::ApiKey, &assetIndexWeight},
        {"GET", "/api/v3/ticker/price", 4, K::Api, S::AnyKey, &Handlers::tickerPrice, Sec::None,
         &tickerWeight},
    };
}

} // namespace

bool Endpoint::allows(const SimAccount &caller) const {
    using Role = SimAccount::Role;
    switch (scope) {
    case Scope::ParentOrCredit:
        return caller.role != Role::Member;
    case Scope::ParentOnly:
        return caller.role == Role::Parent;
    case Scope::CreditOnly:
        return caller.role == Role::Credit;
    case Scope::AnyKey:
        return true;
    case Scope::PortfolioOwner:
        // Whether the account really is on Portfolio Margin is the handler's check.
        return caller.role == Role::Member || caller.role == Role::Credit;
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
