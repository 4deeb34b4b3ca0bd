#pragma once

#include "wallet.h"

#include <QList>
#include <QString>

#include <optional>

namespace loandesk {

enum class MemberRole { Credit, Collateral };

QString memberRoleToWire(MemberRole role);
std::optional<MemberRole> memberRoleFromWire(QStringView text);

// A sub-account in a risk unit (ltv-details `collateralAccounts[]`): the credit account or a
// collateral account, with its wallets.
struct CollateralAccount {
    QString email;
    MemberRole role = MemberRole::Collateral;
    QList<Wallet> wallets;

    Decimal netEquity() const;
    Decimal maintainMargin() const;

    bool operator==(const CollateralAccount &) const = default;
};

} // namespace loandesk
