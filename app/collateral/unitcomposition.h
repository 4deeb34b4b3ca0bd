#pragma once

#include "walletcomposition.h"

#include <QDateTime>
#include <QList>

namespace loandesk {

// A risk unit's collateral, asset by asset. Built by CompositionBuilder from ltv-details, the
// wallets' holdings, prices and ratios.
struct UnitComposition {
    enum class Coverage {
        Complete,    // every wallet with equity is valued
        Partial,     // some are: `reason` names the others
        Unavailable, // none is
    };

    qint64 groupId = 0;
    Coverage coverage = Coverage::Unavailable;
    QString reason;
    QList<WalletComposition> wallets; // every wallet of every member, ltv-details' order
    QDateTime pricedAt;

    // Per asset over the whole unit (valued wallets only), largest collateral value first;
    // share is of the unit's composed collateral value.
    QList<AssetLine> assets() const;
    // The same for one member's wallets.
    QList<AssetLine> memberAssets(const QString &email) const;
    // Σ collateral value of valued wallets.
    Decimal collateralValueUsd() const;
    // Share of the composed collateral value held in stablecoins (0..1).
    Decimal stablecoinShare() const;
};

// Stable machine names for dumps: "complete", "partial", "unavailable".
QString coverageKey(UnitComposition::Coverage coverage);

} // namespace loandesk
