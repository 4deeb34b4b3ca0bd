// Handlers for per-asset composition: sub-account spot assets (v4 strings, v3 numbers), the
// sub-account cross-margin account, Portfolio Margin balance and account (the member's own key)
// and the two collateral-ratio tables. Every figure comes from the engine's one market state, so
// it adds up to the wallets' netEquity in ltv-details (SCENARIOS.md).
#include "handlers.h"
#include "jsonwriter.h"
#include "valuation.h"

namespace loandesk::sim::Handlers {

namespace {

constexpr int Places = 8;

struct Found {
    const UnitState *unit = nullptr;
    const MemberHoldings *member = nullptr;
};

Found findMember(const SimEngine &engine, const QString &email) {
    for (const qint64 id : engine.groupIds()) {
        const UnitState *u = engine.unit(id);
        for (const MemberHoldings &m : u->members) {
            if (m.email.compare(email, Qt::CaseInsensitive) == 0)
                return {u, &m};
        }
    }
    return {};
}

// Observed on the real endpoint for an email outside the parent's sub-accounts (reported with
// the v4 endpoint's addition to ccxt); the code is shared with other errors upstream.
SimError notSubAccount() {
    return SimError::make(-9000, QStringLiteral("This two users are not in parent-child "
                                                "relation."));
}

std::optional<SimError> requiredMember(Context &c, Found *found) {
    const QString email = c.params.required(QStringLiteral("email"));
    if (c.params.error())
        return *c.params.error();
    *found = findMember(c.engine, email);
    if (!found->member)
        return notSubAccount();
    return std::nullopt;
}

Reply subAccountAssets(Context &c, bool strings) {
    Found found;
    if (std::optional<SimError> e = requiredMember(c, &found))
        return Reply::fail(*e);
    const MemberHoldings &m = *found.member;
    QStringList assets = m.spot.keys();
    for (const QString &a : m.spotLocked.keys()) {
        if (!assets.contains(a))
            assets.append(a);
    }
    assets.sort();
    const auto value = [strings](const Decimal &d) -> QJsonValue {
        return strings ? JsonWriter::money(d) : QJsonValue(d.toDouble());
    };
    QJsonArray balances;
    for (const QString &asset : std::as_const(assets))
        balances.append(QJsonObject{{QStringLiteral("asset"), asset},
                                    {QStringLiteral("free"), value(m.spot.value(asset))},
                                    {QStringLiteral("locked"), value(m.spotLocked.value(asset))},
                                    {QStringLiteral("freeze"), value(Decimal())},
                                    {QStringLiteral("withdrawing"), value(Decimal())}});
    return Reply::json(QJsonDocument(QJsonObject{{QStringLiteral("balances"), balances}}));
}

// The Portfolio Margin account a key may read on /papi: a member key's own account, or the
// credit account when the credit key's own margin wallet is PM. Anything else lacks permission.
const MemberHoldings *portfolioAccount(const Context &c) {
    const UnitState *unit = c.engine.unit(c.caller.groupId);
    if (!unit)
        return nullptr;
    const MemberHoldings *m = nullptr;
    if (c.caller.role == SimAccount::Role::Credit)
        m = unit->creditMember();
    for (const MemberHoldings &candidate : unit->members) {
        if (c.caller.role == SimAccount::Role::Member &&
            candidate.email.compare(c.caller.email, Qt::CaseInsensitive) == 0)
            m = &candidate;
    }
    return m && m->marginType == WalletType::PortfolioMargin ? m : nullptr;
}

QJsonObject papiBalanceRow(const MemberHoldings &m, const QString &asset, qint64 nowMs) {
    const auto money = JsonWriter::money;
    const Decimal held = Valuation::marginHeld(m, asset);
    const Decimal equity = Valuation::pmAssetEquity(m, asset);
    return QJsonObject{
        {QStringLiteral("asset"), asset},
        {QStringLiteral("totalWalletBalance"), money(held)},
        {QStringLiteral("crossMarginAsset"), money(held)},
        {QStringLiteral("crossMarginBorrowed"), money(m.marginBorrowed.value(asset))},
        {QStringLiteral("crossMarginFree"), money(m.margin.value(asset))},
        {QStringLiteral("crossMarginInterest"), money(m.marginInterest.value(asset))},
        {QStringLiteral("crossMarginLocked"), money(m.marginLocked.value(asset))},
        {QStringLiteral("umWalletBalance"), money(Decimal())},
        {QStringLiteral("umUnrealizedPNL"), money(Decimal())},
        {QStringLiteral("cmWalletBalance"), money(Decimal())},
        {QStringLiteral("cmUnrealizedPNL"), money(Decimal())},
        {QStringLiteral("updateTime"), nowMs},
        {QStringLiteral("negativeBalance"), money(equity.isNegative() ? -equity : Decimal())},
    };
}

// Ratio-table numbers as the documented examples print them: plain for the cross table, four
// places for the PM table (more when a scenario's figure needs them, never rounded away).
QString plain(const Decimal &d) {
    return d.toString();
}

QString fourPlaces(const Decimal &d) {
    return d.scale() <= 4 ? d.toString(4) : d.toString();
}

} // namespace

Reply subAccountAssetsV4(Context &c) {
    return subAccountAssets(c, true);
}

Reply subAccountAssetsV3(Context &c) {
    return subAccountAssets(c, false);
}

Reply subAccountMargin(Context &c) {
    Found found;
    if (std::optional<SimError> e = requiredMember(c, &found))
        return Reply::fail(*e);
    const MemberHoldings &m = *found.member;
    // A Portfolio Margin account has no classic cross-margin account of its own (its margin
    // balances are on /papi).
    if (m.marginType == WalletType::PortfolioMargin)
        return Reply::fail(SimError::make(-3003, QStringLiteral("Margin account does not exist.")));
    const MarketModel &market = c.engine.market();
    const auto money = JsonWriter::money;
    QJsonArray list;
    Decimal assetUsd;
    Decimal liabilityUsd;
    for (const QString &asset : Valuation::marginAssets(m)) {
        const Decimal held = Valuation::marginHeld(m, asset);
        const Decimal owed = Valuation::marginOwed(m, asset);
        assetUsd += held * market.price(asset);
        liabilityUsd += owed * market.price(asset);
        list.append(QJsonObject{{QStringLiteral("asset"), asset},
                                {QStringLiteral("borrowed"), money(m.marginBorrowed.value(asset))},
                                {QStringLiteral("free"), money(m.margin.value(asset))},
                                {QStringLiteral("interest"), money(m.marginInterest.value(asset))},
                                {QStringLiteral("locked"), money(m.marginLocked.value(asset))},
                                {QStringLiteral("netAsset"), money(held - owed)}});
    }
    // Totals in BTC, without haircut (documented); net = asset − liability exactly as printed.
    const Decimal btc = market.price(QStringLiteral("BTC"));
    const auto inBtc = [&btc](const Decimal &usd) {
        return btc.isPositive() ? usd.dividedBy(btc, Places) : Decimal();
    };
    const Decimal assetBtc = inBtc(assetUsd);
    const Decimal liabilityBtc = inBtc(liabilityUsd);
    const QString level = liabilityUsd.isPositive()
                              ? assetUsd.dividedBy(liabilityUsd, Places).toString(Places)
                              : QStringLiteral("999");
    return Reply::json(QJsonDocument(QJsonObject{
        {QStringLiteral("email"), m.email},
        {QStringLiteral("marginLevel"), level},
        {QStringLiteral("totalAssetOfBtc"), money(assetBtc)},
        {QStringLiteral("totalLiabilityOfBtc"), money(liabilityBtc)},
        {QStringLiteral("totalNetAssetOfBtc"), money(assetBtc - liabilityBtc)},
        {QStringLiteral("marginTradeCoeffVo"),
         QJsonObject{{QStringLiteral("forceLiquidationBar"), QStringLiteral("1.10000000")},
                     {QStringLiteral("marginCallBar"), QStringLiteral("1.50000000")},
                     {QStringLiteral("normalBar"), QStringLiteral("2.00000000")}}},
        {QStringLiteral("marginUserAssetVoList"), list},
    }));
}

Reply papiBalance(Context &c) {
    const QString asset = c.params.value(QStringLiteral("asset")).toUpper();
    const MemberHoldings *m = portfolioAccount(c);
    if (!m)
        return Reply::fail(SimError::noPermission());
    if (c.params.has(QStringLiteral("asset"))) {
        if (asset.isEmpty() || !c.engine.scenario().asset(asset))
            return Reply::fail(SimError::invalidParam(QStringLiteral("asset")));
        return Reply::json(QJsonDocument(papiBalanceRow(*m, asset, c.nowMs)));
    }
    QJsonArray rows;
    for (const QString &a : Valuation::marginAssets(*m))
        rows.append(papiBalanceRow(*m, a, c.nowMs));
    return Reply::json(QJsonDocument(rows));
}

Reply papiAccount(Context &c) {
    const MemberHoldings *m = portfolioAccount(c);
    if (!m)
        return Reply::fail(SimError::noPermission());
    const auto money = JsonWriter::money;
    // Same figures as the PM wallet in ltv-details (accountEquity = netEquity, accountMaintMargin
    // = maintainMargin), whether or not the wallet is enabled as the unit's collateral.
    MemberHoldings counted = *m;
    counted.enableMargin = true;
    const Wallet wallet = Valuation::marginWallet(counted, c.engine.market());
    const Decimal equity = wallet.netEquity;
    const Decimal maint = wallet.maintainMargin;
    // The model has no separate initial margin rate: initial margin = maintenance margin.
    const Decimal initial = maint;
    const Decimal available = equity - initial;
    const Decimal uniMmr = maint.isPositive() ? equity.dividedBy(maint, Places) : Decimal();
    QString status = QStringLiteral("NORMAL");
    if (maint.isPositive() && uniMmr < Decimal::fromScaled(105, 2))
        status = QStringLiteral("FORCE_LIQUIDATION");
    else if (maint.isPositive() && uniMmr < Decimal::fromScaled(12, 1))
        status = QStringLiteral("MARGIN_CALL");
    return Reply::json(QJsonDocument(QJsonObject{
        {QStringLiteral("uniMMR"),
         maint.isPositive() ? uniMmr.toString(Places) : QStringLiteral("999")},
        {QStringLiteral("accountEquity"), money(equity)},
        {QStringLiteral("actualEquity"), money(Valuation::pmActualEquity(*m, c.engine.market()))},
        {QStringLiteral("accountInitialMargin"), money(initial)},
        {QStringLiteral("accountMaintMargin"), money(maint)},
        {QStringLiteral("accountStatus"), status},
        {QStringLiteral("virtualMaxWithdrawAmount"), money(Decimal::max(available, Decimal()))},
        {QStringLiteral("totalAvailableBalance"), money(available)},
        {QStringLiteral("totalMarginOpenLoss"), money(Decimal())},
        {QStringLiteral("updateTime"), c.nowMs},
    }));
}

Reply crossCollateralRatio(Context &c) {
    // Assets with identical tables form one group, in the market's order.
    QList<std::pair<RatioTable, QStringList>> groups;
    for (const AssetConfig &a : c.engine.market().assets()) {
        const RatioTable table = a.crossTable();
        auto same = std::find_if(groups.begin(), groups.end(), [&table](const auto &g) {
            if (g.first.size() != table.size())
                return false;
            for (qsizetype i = 0; i < table.size(); ++i) {
                const RatioTier &x = g.first.at(i);
                const RatioTier &y = table.at(i);
                if (x.floor != y.floor || x.cap != y.cap || x.rate != y.rate)
                    return false;
            }
            return true;
        });
        if (same == groups.end())
            groups.append({table, {a.name}});
        else
            same->second.append(a.name);
    }
    QJsonArray result;
    for (const auto &[table, names] : std::as_const(groups)) {
        QJsonArray tiers;
        for (const RatioTier &t : table) {
            QJsonObject tier{{QStringLiteral("minUsdValue"), plain(t.floor)}};
            if (t.cap)
                tier.insert(QStringLiteral("maxUsdValue"), plain(*t.cap));
            tier.insert(QStringLiteral("discountRate"), plain(t.rate));
            tiers.append(tier);
        }
        result.append(
            QJsonObject{{QStringLiteral("collaterals"), tiers},
                        {QStringLiteral("assetNames"), QJsonArray::fromStringList(names)}});
    }
    return Reply::json(QJsonDocument(result));
}

Reply portfolioCollateralRate(Context &c) {
    QJsonArray result;
    for (const AssetConfig &a : c.engine.market().assets()) {
        const RatioTable table = a.pmTable();
        const QList<Decimal> cums = Valuation::cumulative(table);
        QJsonArray info;
        for (qsizetype i = 0; i < table.size(); ++i) {
            const RatioTier &t = table.at(i);
            QJsonObject tier{{QStringLiteral("tierFloor"), fourPlaces(t.floor)}};
            // The top tier is open: no tierCap (as the cross table leaves out maxUsdValue).
            if (t.cap)
                tier.insert(QStringLiteral("tierCap"), fourPlaces(*t.cap));
            tier.insert(QStringLiteral("collateralRate"), fourPlaces(t.rate));
            tier.insert(QStringLiteral("cum"), fourPlaces(cums.at(i)));
            info.append(tier);
        }
        result.append(QJsonObject{{QStringLiteral("asset"), a.name},
                                  {QStringLiteral("collateralInfo"), info}});
    }
    return Reply::json(QJsonDocument(result));
}

} // namespace loandesk::sim::Handlers
