#pragma once

#include "assetline.h"

#include "domain/wallet.h"

#include <QList>
#include <QString>

namespace loandesk {

// One wallet of one member, valued per asset at the current prices and ratios.
struct WalletComposition {
    enum class Status {
        Complete,    // every asset valued; agrees with ltv-details
        Disagrees,   // valued, but differs from ltv-details' netEquity beyond the tolerance:
                     // shown and flagged, while the wallet's figures stay those of ltv-details
        Unavailable, // not read or not valued: `reason` says why
    };

    QString email;
    WalletType type = WalletType::Spot;
    Status status = Status::Unavailable;
    QString reason;
    QList<AssetLine> lines; // held assets, largest collateral value first
    // Owed assets (asset, quantity, price, USD value; ratio, collateral value and share are 0):
    // the stress engine re-prices them with the asset.
    QList<AssetLine> owed;
    Decimal liabilityUsd;       // cross-margin borrowed + interest, PM negative equity, in USD
    Decimal collateralValueUsd; // Σ lines' collateral value
    Decimal netEquity;          // collateralValueUsd − liabilityUsd (as composed)
    Decimal exchangeNetEquity;  // the wallet's netEquity in ltv-details

    bool isValued() const { return status != Status::Unavailable; }
};

} // namespace loandesk
