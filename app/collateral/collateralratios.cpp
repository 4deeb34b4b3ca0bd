#include "collateralratios.h"

namespace loandesk {

bool CollateralRatios::isSpotCollateral(const QString &asset) {
    // Institutional Loan FAQ: "Spot: BTC, ETH, USDT, USDC, SOL and BNB (No Collateral haircuts)".
    return asset == u"BTC" || asset == u"ETH" || asset == u"USDT" || asset == u"USDC" ||
           asset == u"SOL" || asset == u"BNB";
}

bool CollateralRatios::isStablecoin(const QString &asset) {
    return asset == u"USDT" || asset == u"USDC";
}

void CollateralRatios::setCrossMargin(const QString &asset, const TieredRatio &ratio) {
    m_cross.insert(asset, ratio);
}

void CollateralRatios::setPortfolioMargin(const QString &asset, const TieredRatio &ratio) {
    m_portfolio.insert(asset, ratio);
}

void CollateralRatios::setFetchedAt(WalletType type, const QDateTime &at) {
    if (type == WalletType::CrossMargin)
        m_crossFetchedAt = at;
    else if (type == WalletType::PortfolioMargin)
        m_portfolioFetchedAt = at;
}

bool CollateralRatios::hasTable(WalletType type) const {
    switch (type) {
    case WalletType::Spot:
        return true;
    case WalletType::CrossMargin:
        return m_crossFetchedAt.isValid() || !m_cross.isEmpty();
    case WalletType::PortfolioMargin:
        return m_portfolioFetchedAt.isValid() || !m_portfolio.isEmpty();
    }
    return false;
}

QDateTime CollateralRatios::fetchedAt(WalletType type) const {
    switch (type) {
    case WalletType::Spot:
        return {};
    case WalletType::CrossMargin:
        return m_crossFetchedAt;
    case WalletType::PortfolioMargin:
        return m_portfolioFetchedAt;
    }
    return {};
}

std::optional<TieredRatio> CollateralRatios::ratio(WalletType type, const QString &asset) const {
    switch (type) {
    case WalletType::Spot:
        return TieredRatio::flat(Decimal::fromInt(isSpotCollateral(asset) ? 1 : 0));
    case WalletType::CrossMargin: {
        const auto it = m_cross.constFind(asset);
        return it == m_cross.cend() ? std::nullopt : std::optional<TieredRatio>(*it);
    }
    case WalletType::PortfolioMargin: {
        const auto it = m_portfolio.constFind(asset);
        return it == m_portfolio.cend() ? std::nullopt : std::optional<TieredRatio>(*it);
    }
    }
    return std::nullopt;
}

} // namespace loandesk
