#pragma once

#include "domain/riskunit.h"
#include "testhelpers.h"

namespace loandesk {

// The ltv-details example from the exchange's documentation (groupId 1).
inline RiskUnit documentedExampleUnit() {
    RiskUnit u;
    u.groupId = 1;
    u.parentEmail = QStringLiteral("andrew.kemmer001@test.com");
    u.creditEmail = QStringLiteral("tst20241120@test.com");
    u.updateTimeMs = 1752137105623;
    u.ltv = dec("0.592");
    u.totalNetEquity = dec("26.35196946");
    u.totalMaintenanceMargin = dec("0.50106177");
    u.totalLiability = dec("15.30718771");
    u.parentAccountFrozenAmount = dec("8.18753688");
    u.maxTransferOutAmount = dec("0");
    u.maxAllowedBorrowLimit = dec("16.32397222");
    u.liabilities = {{QStringLiteral("USDT"), dec("15.30718771"), dec("0")}};
    auto member = [](const char *email, MemberRole role, WalletType margin, const char *spotEq,
                     const char *marginEq, const char *marginMm) {
        return CollateralAccount{
            QString::fromLatin1(email),
            role,
            {{WalletType::Spot, dec(spotEq), Decimal()}, {margin, dec(marginEq), dec(marginMm)}}};
    };
    u.members = {
        member("collateral001@test.com", MemberRole::Collateral, WalletType::CrossMargin, "5",
               "4.98938226", "0.50106177"),
        member("collateral003@test.com", MemberRole::Collateral, WalletType::CrossMargin,
               "5.4284319", "0", "0"),
        member("CREDIT20241120@test.com", MemberRole::Credit, WalletType::PortfolioMargin, "0",
               "4.93362203", "0"),
        member("collateral004l@test.com", MemberRole::Collateral, WalletType::PortfolioMargin, "0",
               "1.00053327", "0"),
        member("collatera005@test.com", MemberRole::Collateral, WalletType::CrossMargin, "5", "0",
               "0"),
    };
    return u;
}

} // namespace loandesk
