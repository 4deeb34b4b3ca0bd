#pragma once

#include "domain/decimal.h"
#include "domain/wallet.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace loandesk {

// A quantity of one asset (not USD).
struct AssetQuantity {
    QString asset;
    Decimal quantity;
    bool operator==(const AssetQuantity &) const = default;
};

// What one wallet of one member holds, per asset, as the exchange reported it.
// - Spot (GET /sapi/v4/sub-account/assets, parent key): `held` = free (the exchange counts
//   "available" spot assets; see README), no liabilities.
// - Cross Margin (GET /sapi/v1/sub-account/margin/account, parent key): `held` = free + locked,
//   `owed` = borrowed + interest.
// - Portfolio Margin (GET /papi/v1/balance, the member's own key): `held` = the asset's equity
//   E_a where positive, `owed` = −E_a where negative.
// When the wallet could not be read, `available` is false and `reason` says why, in words a
// treasurer can act on ("no read-only key for this Portfolio Margin member").
struct WalletHoldings {
    QString email;
    WalletType type = WalletType::Spot;
    bool available = false;
    QString reason;
    QList<AssetQuantity> held;
    QList<AssetQuantity> owed;
    QDateTime fetchedAt;
};

} // namespace loandesk
