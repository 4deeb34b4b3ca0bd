#pragma once

#include "collateral/walletholdings.h"
#include "domain/riskunit.h"
#include "testhelpers.h"

#include <QList>

// Small builders for the collateral tests: a unit as ltv-details reports it and the holdings
// the composition endpoints would return for it.
namespace loandesk::fixture {

inline Wallet wallet(WalletType type, const char *netEquity, const char *maintenance = "0") {
    return Wallet{type, dec(netEquity), dec(maintenance)};
}

inline CollateralAccount member(const char *email, MemberRole role, QList<Wallet> wallets) {
    return CollateralAccount{QString::fromLatin1(email), role, std::move(wallets)};
}

// totalNetEquity and totalMaintenanceMargin are the sums of the wallets', as on the exchange.
inline RiskUnit unit(const char *liability, QList<CollateralAccount> members) {
    RiskUnit u;
    u.groupId = 7;
    u.members = std::move(members);
    u.totalLiability = dec(liability);
    u.totalNetEquity = u.memberNetEquity();
    u.totalMaintenanceMargin = u.memberMaintenanceMargin();
    return u;
}

inline AssetQuantity qty(const char *asset, const char *quantity) {
    return AssetQuantity{QString::fromLatin1(asset), dec(quantity)};
}

inline WalletHoldings holdings(const char *email, WalletType type, QList<AssetQuantity> held,
                               QList<AssetQuantity> owed = {}) {
    WalletHoldings h;
    h.email = QString::fromLatin1(email);
    h.type = type;
    h.available = true;
    h.held = std::move(held);
    h.owed = std::move(owed);
    return h;
}

inline QMap<QString, Decimal>
prices(std::initializer_list<std::pair<const char *, const char *>> list) {
    QMap<QString, Decimal> out;
    for (const auto &[asset, price] : list)
        out.insert(QString::fromLatin1(asset), dec(price));
    return out;
}

} // namespace loandesk::fixture
