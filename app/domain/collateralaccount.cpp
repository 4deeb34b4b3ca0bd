#include "collateralaccount.h"

namespace loandesk {

QString memberRoleToWire(MemberRole role) {
    return role == MemberRole::Credit ? QStringLiteral("CREDIT") : QStringLiteral("COLLATERAL");
}

std::optional<MemberRole> memberRoleFromWire(QStringView text) {
    if (text.compare(u"CREDIT", Qt::CaseInsensitive) == 0)
        return MemberRole::Credit;
    if (text.compare(u"COLLATERAL", Qt::CaseInsensitive) == 0)
        return MemberRole::Collateral;
    return std::nullopt;
}

Decimal CollateralAccount::netEquity() const {
    Decimal sum;
    for (const Wallet &w : wallets)
        sum += w.netEquity;
    return sum;
}

Decimal CollateralAccount::maintainMargin() const {
    Decimal sum;
    for (const Wallet &w : wallets)
        sum += w.maintainMargin;
    return sum;
}

} // namespace loandesk
