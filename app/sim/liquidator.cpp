#include "liquidator.h"

#include "valuation.h"

namespace loandesk::sim::Liquidator {

namespace {

constexpr int Places = 8;

bool isStable(const QString &asset) {
    return asset == u"USDT" || asset == u"USDC";
}

// Stablecoins first (no price risk), then the rest by name so the order is reproducible.
QStringList saleOrder(const QMap<QString, Decimal> &wallet) {
    QStringList order;
    for (auto it = wallet.begin(); it != wallet.end(); ++it) {
        if (isStable(it.key()))
            order.append(it.key());
    }
    for (auto it = wallet.begin(); it != wallet.end(); ++it) {
        if (!isStable(it.key()))
            order.append(it.key());
    }
    return order;
}

LiquidationRecord startRecord(const UnitState &unit, const RiskUnit &before, qint64 nowMs) {
    LiquidationRecord record;
    record.groupId = unit.groupId;
    record.startLtv = before.ltv;
    record.startTimeMs = nowMs;
    record.endTimeMs = nowMs + unit.liquidationDurationMs;
    record.totalNetEquity = before.totalNetEquity;
    record.totalMaintenanceMargin = before.totalMaintenanceMargin;
    record.totalLiability = before.totalLiability;
    record.liabilities = before.liabilities;
    for (const CollateralAccount &member : before.members) {
        for (const Wallet &wallet : member.wallets)
            record.snapshots.append(
                {member.email, member.role, wallet.type, wallet.netEquity, wallet.maintainMargin});
    }
    return record;
}

} // namespace

bool isDue(const UnitState &unit, const RiskUnit &figures) {
    if (!figures.totalLiability.isPositive())
        return false;
    const std::optional<Decimal> ltv = Valuation::exactLtv(figures);
    return !ltv || *ltv >= unit.bands.liquidation;
}

void liquidate(UnitState &unit, const RiskUnit &before, const MarketModel &market,
               const QString &parentEmail, qint64 nowMs, qint64 liquidationId,
               const std::function<qint64()> &nextTranId) {
    LiquidationRecord record = startRecord(unit, before, nowMs);
    MemberHoldings *credit = unit.creditMember();
    Decimal remaining = before.totalLiability;
    Decimal cash;

    // Sources in order: the credit account's wallets, then each collateral member's.
    QList<std::pair<MemberHoldings *, WalletType>> sources;
    sources.append({credit, credit->marginType});
    if (credit->enableSpot)
        sources.append({credit, WalletType::Spot});
    for (MemberHoldings &m : unit.members) {
        if (&m == credit)
            continue;
        if (m.enableMargin)
            sources.append({&m, m.marginType});
        if (m.enableSpot)
            sources.append({&m, WalletType::Spot});
    }
    for (const auto &[member, type] : sources) {
        QMap<QString, Decimal> &wallet = type == WalletType::Spot ? member->spot : member->margin;
        for (const QString &asset : saleOrder(wallet)) {
            if (!remaining.isPositive())
                break;
            // Funds a margin wallet owes on its own margin loans are not the unit's to sell.
            const Decimal owed =
                type == WalletType::Spot ? Decimal() : Valuation::marginOwed(*member, asset);
            const Decimal qty = wallet.value(asset) - owed;
            const Decimal price = market.price(asset);
            if (!qty.isPositive() || !price.isPositive())
                continue;
            const Decimal needed = remaining.dividedBy(price, Places, Decimal::Rounding::Up);
            const Decimal sold = Decimal::min(qty, needed);
            const Decimal proceeds = (sold * price).rounded(Places, Decimal::Rounding::Down);
            wallet[asset] = wallet.value(asset) - sold;
            if (wallet.value(asset).isZero())
                wallet.remove(asset);
            if (member != credit)
                unit.transfers.append({liquidationId, nowMs, member->uid, type, credit->uid,
                                       credit->marginType, asset, sold});
            cash += proceeds;
            remaining -= proceeds;
        }
    }

    // Stablecoins are worth one unit of each liability asset: interest first, then principal.
    for (auto it = unit.liabilities.begin(); it != unit.liabilities.end(); ++it) {
        const Decimal toInterest = Decimal::min(cash, it->interest);
        cash -= toInterest;
        const Decimal toPrincipal = Decimal::min(cash, it->principal);
        cash -= toPrincipal;
        if (!(toInterest + toPrincipal).isPositive())
            continue;
        it->interest -= toInterest;
        it->principal -= toPrincipal;
        BorrowRepayRecord row;
        row.tranId = nextTranId();
        row.asset = it.key();
        row.amount = toInterest + toPrincipal;
        row.principal = toPrincipal;
        row.interest = toInterest;
        row.type = BorrowRepayRecord::Type::ForceRepay;
        row.timestampMs = nowMs;
        unit.borrowRepay.append(row);
    }
    // Rounding up the quantities sold can leave a little over; it stays with the credit account.
    if (cash.isPositive())
        credit->margin[QStringLiteral("USDT")] += cash;

    const RiskUnit after = Valuation::riskUnit(unit, market, parentEmail, nowMs);
    record.endLtv = after.ltv;
    unit.liquidations.append(record);
    unit.liquidationIds.append(liquidationId);
    unit.liquidatingUntilMs = record.endTimeMs;
}

} // namespace loandesk::sim::Liquidator
