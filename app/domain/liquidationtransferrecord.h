#pragma once

#include "decimal.h"
#include "wallet.h"

#include <QList>
#include <QString>

namespace loandesk {

// The funds one forced liquidation moved from collateral accounts to the credit account to
// pay principal and interest (force-liquidation-transfer-record, API doc 2.11).
struct LiquidationTransferRecord {
    struct Asset {
        QString asset;
        Decimal amount;
        bool operator==(const Asset &) const = default;
    };
    struct Transfer {
        qint64 timeMs = 0;
        QString fromUid; // documented as a string, sent as a number in the example
        WalletType fromType = WalletType::Spot;
        QString toUid;
        WalletType toType = WalletType::Spot;
        QString status; // "CONFIRM" in the example; other values are shown as sent
        QList<Asset> assets;
        bool operator==(const Transfer &) const = default;
    };

    qint64 liquidationId = 0;
    QList<Transfer> transfers;

    bool operator==(const LiquidationTransferRecord &) const = default;
};

} // namespace loandesk
