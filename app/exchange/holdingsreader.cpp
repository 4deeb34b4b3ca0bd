#include "holdingsreader.h"

namespace loandesk {

namespace {

WalletHoldings start(const QString &email, WalletType type) {
    WalletHoldings h;
    h.email = email;
    h.type = type;
    h.available = true;
    return h;
}

// Adds `quantity` of `asset` to `list`, merging with an earlier entry of the same asset.
void add(QList<AssetQuantity> &list, const QString &asset, const Decimal &quantity) {
    for (AssetQuantity &q : list) {
        if (q.asset == asset) {
            q.quantity += quantity;
            return;
        }
    }
    list.append({asset, quantity});
}

void dropZeros(QList<AssetQuantity> &list) {
    list.removeIf([](const AssetQuantity &q) { return q.quantity.isZero(); });
}

} // namespace

WalletHoldings HoldingsReader::spotHoldings(const QString &email,
                                            const QList<SpotBalance> &balances, bool countLocked) {
    WalletHoldings h = start(email, WalletType::Spot);
    for (const SpotBalance &b : balances)
        add(h.held, b.asset, countLocked ? b.free + b.locked : b.free);
    dropZeros(h.held);
    return h;
}

WalletHoldings HoldingsReader::crossMarginHoldings(const QString &email,
                                                   const CrossMarginAccount &account) {
    WalletHoldings h = start(email, WalletType::CrossMargin);
    for (const CrossMarginAsset &a : account.assets) {
        add(h.held, a.asset, a.free + a.locked);
        add(h.owed, a.asset, a.borrowed + a.interest);
    }
    dropZeros(h.held);
    dropZeros(h.owed);
    return h;
}

Decimal HoldingsReader::portfolioEquity(const PortfolioBalance &b) {
    return b.crossMarginFree + b.crossMarginLocked - b.crossMarginBorrowed - b.crossMarginInterest +
           b.umWalletBalance + b.umUnrealizedPNL + b.cmWalletBalance + b.cmUnrealizedPNL;
}

WalletHoldings HoldingsReader::portfolioHoldings(const QString &email,
                                                 const QList<PortfolioBalance> &balances) {
    WalletHoldings h = start(email, WalletType::PortfolioMargin);
    // Summed first, so an asset listed twice nets out before it is called held or owed.
    QList<AssetQuantity> equity;
    for (const PortfolioBalance &b : balances)
        add(equity, b.asset, portfolioEquity(b));
    for (const AssetQuantity &e : equity) {
        if (e.quantity.isPositive())
            h.held.append(e);
        else if (e.quantity.isNegative())
            h.owed.append({e.asset, -e.quantity});
    }
    return h;
}

} // namespace loandesk
