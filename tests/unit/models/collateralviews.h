#pragma once

#include "collateral/collateralview.h"
#include "testhelpers.h"

#include <QTimeZone>

namespace loandesk {

inline AssetLine assetLine(const char *asset, const char *quantity, const char *price,
                           const char *ratio) {
    AssetLine l;
    l.asset = QString::fromLatin1(asset);
    l.quantity = dec(quantity);
    l.priceUsd = dec(price);
    l.valueUsd = l.quantity * l.priceUsd;
    l.collateralRatio = dec(ratio);
    l.collateralValueUsd = l.valueUsd * l.collateralRatio;
    return l;
}

inline WalletComposition valuedWallet(const char *email, WalletType type, QList<AssetLine> lines,
                                      const char *exchangeNetEquity) {
    WalletComposition w;
    w.email = QString::fromLatin1(email);
    w.type = type;
    w.lines = std::move(lines);
    for (const AssetLine &l : std::as_const(w.lines))
        w.collateralValueUsd += l.collateralValueUsd;
    w.netEquity = w.collateralValueUsd;
    w.exchangeNetEquity = dec(exchangeNetEquity);
    w.status = w.netEquity == w.exchangeNetEquity ? WalletComposition::Status::Complete
                                                  : WalletComposition::Status::Disagrees;
    return w;
}

// Two members: a@x.test holds 2 BTC and 50,000 USDT in spot and 1 BTC in cross margin (at a
// 95 % ratio, composed 47,500 where ltv-details says 47,000); b@x.test holds 10 ETH in spot and
// a Portfolio Margin wallet that could not be read.
inline CollateralView partialView() {
    CollateralView v;
    UnitComposition &c = v.composition;
    c.groupId = 42;
    c.coverage = UnitComposition::Coverage::Partial;
    c.reason = QStringLiteral("1 wallet not valued");
    c.pricedAt = QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());
    c.wallets.append(valuedWallet(
        "a@x.test", WalletType::Spot,
        {assetLine("BTC", "2", "50000", "1"), assetLine("USDT", "50000", "1", "1")}, "150000"));
    c.wallets.append(valuedWallet("a@x.test", WalletType::CrossMargin,
                                  {assetLine("BTC", "1", "50000", "0.95")}, "47000"));
    c.wallets.append(
        valuedWallet("b@x.test", WalletType::Spot, {assetLine("ETH", "10", "2500", "1")}, "25000"));
    WalletComposition pm;
    pm.email = QStringLiteral("b@x.test");
    pm.type = WalletType::PortfolioMargin;
    pm.status = WalletComposition::Status::Unavailable;
    pm.reason = QStringLiteral("no read-only key for this Portfolio Margin member");
    pm.exchangeNetEquity = dec("10000");
    c.wallets.append(pm);
    return v;
}

} // namespace loandesk
