#pragma once

#include "domain/collateralaccount.h"
#include "domain/decimal.h"

#include <QMap>
#include <QString>

namespace loandesk::sim {

// One member (sub-account) of a simulated risk unit: what it holds in its spot wallet and its
// margin wallet, and the derivative positions whose notional sets its maintenance margin.
// Quantities are in units of each asset; prices come from the MarketModel.
struct MemberHoldings {
    QString email;
    qint64 uid = 0; // shown in forced-liquidation transfer records
    MemberRole role = MemberRole::Collateral;
    bool enableSpot = true;
    bool enableMargin = true;
    WalletType marginType = WalletType::CrossMargin;
    QMap<QString, Decimal> spot;
    QMap<QString, Decimal> margin;
    // Open positions (asset → quantity, sign ignored). Their notional × maintenanceRate is the
    // margin wallet's maintenance margin. Position profit and loss is not modelled.
    QMap<QString, Decimal> positions;
    Decimal maintenanceRate;
};

} // namespace loandesk::sim
