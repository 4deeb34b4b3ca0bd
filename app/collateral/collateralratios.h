#pragma once

#include "tieredratio.h"

#include "domain/wallet.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace loandesk {

// The exchange's collateral ratios, per kind of wallet and asset.
// - Spot: BTC, ETH, USDT, USDC, SOL and BNB count at ratio 1, any other asset at 0 (product
//   FAQ: "No collateral haircuts"; that other spot tokens count nothing is implied).
// - Cross Margin: GET /sapi/v1/margin/crossMarginCollateralRatio (tiered).
// - Portfolio Margin: GET /sapi/v2/portfolio/collateralRate (tiered, signed).
class CollateralRatios {
public:
    static bool isSpotCollateral(const QString &asset);
    // USDT and USDC: priced at (about) 1 and never shocked by the stress engine's joint fall.
    static bool isStablecoin(const QString &asset);

    void setCrossMargin(const QString &asset, const TieredRatio &ratio);
    void setPortfolioMargin(const QString &asset, const TieredRatio &ratio);
    void setFetchedAt(WalletType type, const QDateTime &at);

    // Whether the table for this wallet kind has been received (spot needs none).
    bool hasTable(WalletType type) const;
    QDateTime fetchedAt(WalletType type) const;
    // The ratio table of `asset` in `type` wallets; nullopt when the exchange lists no ratio for
    // it (for spot: never, unaccepted tokens get flat 0).
    std::optional<TieredRatio> ratio(WalletType type, const QString &asset) const;

private:
    QHash<QString, TieredRatio> m_cross;
    QHash<QString, TieredRatio> m_portfolio;
    QDateTime m_crossFetchedAt;
    QDateTime m_portfolioFetchedAt;
};

} // namespace loandesk
