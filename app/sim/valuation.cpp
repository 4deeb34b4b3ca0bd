#include "valuation.h"

#include "domain/ltvmath.h"

namespace loandesk::sim::Valuation {

namespace {

Decimal notional(const QMap<QString, Decimal> &amounts, const MarketModel &market) {
    Decimal sum;
    for (auto it = amounts.begin(); it != amounts.end(); ++it)
        sum += it.value().abs() * market.price(it.key());
    return sum;
}

// Cross margin: each asset's holding is haircut by its own tiers; liabilities count in full.
Decimal crossEquity(const MemberHoldings &member, const MarketModel &market) {
    Decimal equity;
    for (const QString &asset : marginAssets(member)) {
        const Decimal price = market.price(asset);
        const Decimal held = marginHeld(member, asset) * price;
        equity += held.isNegative() ? held : collateralValue(market.crossTiers(asset), held);
        equity -= marginOwed(member, asset) * price;
    }
    return equity;
}

// Portfolio margin: a positive equity per asset is haircut, a negative one counts in full.
Decimal pmEquity(const MemberHoldings &member, const MarketModel &market) {
    Decimal equity;
    for (const QString &asset : marginAssets(member)) {
        const Decimal value = pmAssetEquity(member, asset) * market.price(asset);
        equity += value.isPositive() ? collateralValue(market.pmTiers(asset), value) : value;
    }
    return equity;
}

} // namespace

bool isSpotCollateral(const QString &asset) {
    static const QStringList accepted{QStringLiteral("BTC"),  QStringLiteral("ETH"),
                                      QStringLiteral("USDT"), QStringLiteral("USDC"),
                                      QStringLiteral("SOL"),  QStringLiteral("BNB")};
    return accepted.contains(asset);
}

Decimal collateralValue(const RatioTable &tiers, const Decimal &usd) {
    Decimal sum;
    if (!usd.isPositive())
        return sum;
    for (const RatioTier &t : tiers) {
        if (usd <= t.floor)
            continue;
        const Decimal top = t.cap ? Decimal::min(usd, *t.cap) : usd;
        if (top > t.floor)
            sum += (top - t.floor) * t.rate;
    }
    return sum;
}

QList<Decimal> cumulative(const RatioTable &tiers) {
    QList<Decimal> cums;
    for (qsizetype k = 0; k < tiers.size(); ++k) {
        if (k == 0)
            cums.append(Decimal());
        else
            cums.append(cums.last() +
                        tiers.at(k).floor * (tiers.at(k - 1).rate - tiers.at(k).rate));
    }
    return cums;
}

QStringList marginAssets(const MemberHoldings &member) {
    QStringList assets;
    for (const auto *map :
         {&member.margin, &member.marginLocked, &member.marginBorrowed, &member.marginInterest}) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            if (!assets.contains(it.key()))
                assets.append(it.key());
        }
    }
    assets.sort();
    return assets;
}

Decimal marginHeld(const MemberHoldings &member, const QString &asset) {
    return member.margin.value(asset) + member.marginLocked.value(asset);
}

Decimal marginOwed(const MemberHoldings &member, const QString &asset) {
    return member.marginBorrowed.value(asset) + member.marginInterest.value(asset);
}

Decimal pmAssetEquity(const MemberHoldings &member, const QString &asset) {
    return marginHeld(member, asset) - marginOwed(member, asset);
}

Decimal pmActualEquity(const MemberHoldings &member, const MarketModel &market) {
    Decimal sum;
    for (const QString &asset : marginAssets(member))
        sum += pmAssetEquity(member, asset) * market.price(asset);
    return sum.rounded(Places);
}

Wallet spotWallet(const MemberHoldings &member, const MarketModel &market) {
    Wallet wallet{WalletType::Spot, Decimal(), Decimal()};
    // A wallet not enabled as collateral is still listed, with zero equity.
    if (!member.enableSpot)
        return wallet;
    Decimal sum;
    for (auto it = member.spot.begin(); it != member.spot.end(); ++it) {
        if (isSpotCollateral(it.key()))
            sum += it.value() * market.price(it.key());
    }
    wallet.netEquity = sum.rounded(Places);
    return wallet;
}

Wallet marginWallet(const MemberHoldings &member, const MarketModel &market) {
    Wallet wallet{member.marginType, Decimal(), Decimal()};
    // The credit account's margin wallet always counts: it receives the loan.
    if (!member.enableMargin && member.role != MemberRole::Credit)
        return wallet;
    const Decimal equity = member.marginType == WalletType::PortfolioMargin
                               ? pmEquity(member, market)
                               : crossEquity(member, market);
    wallet.netEquity = equity.rounded(Places);
    wallet.maintainMargin =
        (notional(member.positions, market) * member.maintenanceRate).rounded(Places);
    return wallet;
}

RiskUnit riskUnit(const UnitState &unit, const MarketModel &market, const QString &parentEmail,
                  qint64 nowMs) {
    RiskUnit r;
    r.groupId = unit.groupId;
    r.parentEmail = parentEmail;
    r.creditEmail = unit.creditEmail;
    r.updateTimeMs = nowMs;
    for (const MemberHoldings &m : unit.members) {
        CollateralAccount account{
            m.email, m.role, {spotWallet(m, market), marginWallet(m, market)}};
        r.members.append(account);
    }
    for (auto it = unit.liabilities.begin(); it != unit.liabilities.end(); ++it) {
        if (!it->principal.isZero() || !it->interest.isZero())
            r.liabilities.append(Liability{it.key(), it->principal, it->interest});
    }
    r.totalNetEquity = r.memberNetEquity();
    r.totalMaintenanceMargin = r.memberMaintenanceMargin();
    r.totalLiability = r.liabilitySum();
    const std::optional<Decimal> ltv = exactLtv(r);
    if (ltv)
        r.ltv = Decimal::min(ltv->rounded(3), CappedLtv);
    else
        r.ltv = r.totalLiability.isPositive() ? CappedLtv : Decimal();
    r.maxAllowedBorrowLimit = maxBorrowable(unit, r);
    r.maxTransferOutAmount = maxTransferOut(unit, r);
    // Undocumented on the exchange. Modelled as the equity that backs the loan at the initial
    // LTV (L / initial), capped at the equity above maintenance margin.
    const Decimal headroom = Decimal::max(r.totalNetEquity - r.totalMaintenanceMargin, Decimal());
    r.parentAccountFrozenAmount = Decimal::min(
        r.totalLiability.dividedBy(unit.bands.initial, Places, Decimal::Rounding::Up), headroom);
    return r;
}

std::optional<Decimal> exactLtv(const RiskUnit &unit) {
    return LtvMath::ltv(unit.totalLiability, unit.totalNetEquity, unit.totalMaintenanceMargin);
}

Decimal maxBorrowable(const UnitState &unit, const RiskUnit &figures) {
    const Decimal byLtv =
        LtvMath::maxBorrowable(figures.totalLiability, figures.totalNetEquity,
                               figures.totalMaintenanceMargin, unit.bands.initial);
    const Decimal byLimit = unit.creditLimit - unit.totalPrincipal();
    return Decimal::max(Decimal::min(byLtv, byLimit), Decimal());
}

Decimal maxTransferOut(const UnitState &unit, const RiskUnit &figures) {
    const Decimal locked =
        figures.totalLiability.dividedBy(unit.bands.initial, Places, Decimal::Rounding::Up);
    const Decimal free = figures.totalNetEquity - figures.totalMaintenanceMargin - locked;
    return Decimal::max(free, Decimal());
}

} // namespace loandesk::sim::Valuation
