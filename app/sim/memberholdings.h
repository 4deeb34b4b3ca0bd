#pragma once

#include "domain/collateralaccount.h"
#include "domain/decimal.h"

#include <QByteArray>
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
    QMap<QString, Decimal> spot;   // free
    QMap<QString, Decimal> margin; // free
    // Open positions (asset → quantity, sign ignored). Their notional × maintenanceRate is the
    // margin wallet's maintenance margin. Position profit and loss is not modelled.
    QMap<QString, Decimal> positions;
    Decimal maintenanceRate;
    // Locked quantities (open orders), and the margin wallet's own margin loans with their
    // interest (ordinary margin borrowing, not the institutional loan, which the unit holds).
    QMap<QString, Decimal> spotLocked;
    QMap<QString, Decimal> marginLocked;
    QMap<QString, Decimal> marginBorrowed;
    QMap<QString, Decimal> marginInterest;
    // The member's own read-only key (Portfolio Margin members: /papi needs it); empty = none.
    QString apiKey;
    QByteArray apiSecret;
};

} // namespace loandesk::sim
