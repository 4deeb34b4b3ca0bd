#pragma once

#include "collateralaccount.h"
#include "liability.h"

#include <QList>

namespace loandesk {

// One forced liquidation of a risk unit with the snapshot taken when it started.
struct LiquidationRecord {
    struct Snapshot {
        QString email;
        MemberRole role = MemberRole::Collateral;
        WalletType walletType = WalletType::Spot;
        Decimal netEquity;
        Decimal maintainMargin;
        bool operator==(const Snapshot &) const = default;
    };

    qint64 groupId = 0;
    Decimal startLtv;
    Decimal endLtv;
    qint64 startTimeMs = 0;
    qint64 endTimeMs = 0;
    Decimal totalNetEquity;
    Decimal totalMaintenanceMargin;
    Decimal totalLiability;
    QList<Snapshot> snapshots;
    QList<Liability> liabilities;

    bool operator==(const LiquidationRecord &) const = default;
};

} // namespace loandesk
