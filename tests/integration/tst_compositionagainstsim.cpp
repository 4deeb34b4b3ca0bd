#include "simfixture.h"
#include "testhelpers.h"

#include "collateral/compositionbuilder.h"
#include "exchange/holdingsreader.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;
using Fault = loandesk::sim::FaultInjector::Kind;
using Kind = ExchangeError::Kind;

namespace {

const QString Alpha1 = QStringLiteral("collateral.alpha1@loandesk.test"); // cross margin
const QString Alpha2 = QStringLiteral("collateral.alpha2@loandesk.test"); // PM, own key
const QString SpotPath = QStringLiteral("/sapi/v4/sub-account/assets");
const QString MarginPath = QStringLiteral("/sapi/v1/sub-account/margin/account");

// The calm scenario with prices that move only when a test says so, so what a request returned
// can be compared with the simulator's state afterwards.
sim::Scenario frozenCalm() {
    sim::Scenario s = *sim::Scenario::load(QStringLiteral("calm"));
    s.tickMs = 24LL * 3600 * 1000;
    return s;
}

QList<CollateralTier> tiersOf(const sim::RatioTable &table) {
    QList<CollateralTier> out;
    for (const sim::RatioTier &t : table)
        out.append({t.floor, t.cap, t.rate});
    return out;
}

} // namespace

// The composition requests of the real client against the simulated exchange over loopback:
// each returns the simulator's own state, weights are accounted, /papi needs the member's own
// key, and every kind of bad answer gets its own message.
class tst_CompositionAgainstSim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void spotAndMarginAreTheSimulatorsHoldings();
    void portfolioMarginNeedsTheMembersOwnKey();
    void ratioTablesAreTheSimulatorsTiers();
    void pricesComeInOneRequest();
    void compositionAddsUpToLtvDetails();
    void htmlPageAndTruncatedBody();
    void missingAssetAndNegativeBalance();
    void unknownAssetUnpricedAssetAndTierGap();
    void unpricedAndUncoveredValuesAreNamedByTheComposition();

private:
    // USD prices: the ticker against USDT, and USDT's own USD price from the simulator's market
    // (the exchange lists no USDT/USD ticker; which USD source to use is the caller's choice).
    QMap<QString, Decimal> usdPrices(ExchangeClient &client) {
        const sim::MarketModel &market = m_sim->exchange().engine().market();
        const Decimal usdt = market.price(QStringLiteral("USDT"));
        QStringList symbols;
        for (const sim::AssetConfig &a : market.assets()) {
            if (a.name != u"USDT")
                symbols.append(a.name + u"USDT");
        }
        const auto tickers = await<QMap<QString, Decimal>>(
            [&](QObject *c, auto cb) { client.fetchPrices(symbols, c, cb); });
        QMap<QString, Decimal> usd{{QStringLiteral("USDT"), usdt}};
        if (tickers.ok()) {
            for (auto it = tickers.value().begin(); it != tickers.value().end(); ++it)
                usd.insert(it.key().chopped(4), (it.value() * usdt).rounded(8));
        }
        return usd;
    }
    static const WalletComposition *wallet(const UnitComposition &unit, const QString &email,
                                           WalletType type) {
        for (const WalletComposition &w : unit.wallets) {
            if (w.email == email && w.type == type)
                return &w;
        }
        return nullptr;
    }
    const sim::MemberHoldings &member(qint64 groupId, const QString &email) {
        for (const sim::MemberHoldings &m : m_sim->exchange().engine().unit(groupId)->members) {
            if (m.email == email)
                return m;
        }
        qFatal("no member %s", qPrintable(email));
    }
    std::unique_ptr<SimFixture> m_sim;
};

void tst_CompositionAgainstSim::init() {
    m_sim = std::make_unique<SimFixture>(frozenCalm());
}

void tst_CompositionAgainstSim::cleanup() {
    m_sim.reset();
}

void tst_CompositionAgainstSim::spotAndMarginAreTheSimulatorsHoldings() {
    auto parent = m_sim->parent();
    const sim::MemberHoldings &truth = member(10001, Alpha1);

    const auto spot = await<QList<SpotBalance>>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountSpot(Alpha1, c, cb); });
    QVERIFY2(spot.ok(), qPrintable(spot.error().message));
    QVERIFY(!spot.value().isEmpty());
    for (const SpotBalance &b : spot.value()) {
        QCOMPARE(b.free, truth.spot.value(b.asset));
        QCOMPARE(b.locked, truth.spotLocked.value(b.asset));
    }
    // BTC 3 free and 0.5 locked, ETH 130: the spot wallet counts the free part (ltv-details'
    // wording)
    const WalletHoldings spotHeld = HoldingsReader::spotHoldings(Alpha1, spot.value());
    QCOMPARE(spotHeld.held, (QList<AssetQuantity>{{QStringLiteral("BTC"), dec("3")},
                                                  {QStringLiteral("ETH"), dec("130")}}));
    const auto spotUsage = m_sim->weights().usage(SpotPath);
    QCOMPARE(spotUsage.scope, WeightTracker::Scope::Uid);
    QCOMPARE(spotUsage.used, 60);

    const auto margin = await<CrossMarginAccount>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountMargin(Alpha1, c, cb); });
    QVERIFY2(margin.ok(), qPrintable(margin.error().message));
    QVERIFY(!margin.value().assets.isEmpty());
    for (const CrossMarginAsset &a : margin.value().assets) {
        QCOMPARE(a.free, truth.margin.value(a.asset));
        QCOMPARE(a.locked, truth.marginLocked.value(a.asset));
        QCOMPARE(a.borrowed, truth.marginBorrowed.value(a.asset));
        QCOMPARE(a.interest, truth.marginInterest.value(a.asset));
        QCOMPARE(a.netAsset, a.free + a.locked - a.borrowed - a.interest);
    }
    const WalletHoldings held = HoldingsReader::crossMarginHoldings(Alpha1, margin.value());
    QVERIFY(held.held.contains(AssetQuantity{QStringLiteral("ETH"), dec("200")}));
    QCOMPARE(held.owed, (QList<AssetQuantity>{{QStringLiteral("USDT"), dec("20012.5")}}));
    QCOMPARE(m_sim->weights().usage(MarginPath).used, 10);

    // a PM member has no classic cross-margin account: the exchange's own error comes through
    const auto pm = await<CrossMarginAccount>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountMargin(Alpha2, c, cb); });
    QCOMPARE(pm.error().kind, Kind::Business);
    QCOMPARE(pm.error().code, -3003);
}

void tst_CompositionAgainstSim::portfolioMarginNeedsTheMembersOwnKey() {
    const ApiCredentials key = m_sim->exchange().memberCredentials(Alpha2);
    QVERIFY(!key.isEmpty());
    auto own = m_sim->client(key);
    const sim::MemberHoldings &truth = member(10001, Alpha2);

    const auto balances = await<QList<PortfolioBalance>>(
        [&](QObject *c, auto cb) { own->fetchPortfolioBalances(c, cb); });
    QVERIFY2(balances.ok(), qPrintable(balances.error().message));
    QVERIFY(!balances.value().isEmpty());
    for (const PortfolioBalance &b : balances.value()) {
        QCOMPARE(b.crossMarginFree, truth.margin.value(b.asset));
        QCOMPARE(b.crossMarginBorrowed, truth.marginBorrowed.value(b.asset));
    }
    const WalletHoldings held = HoldingsReader::portfolioHoldings(Alpha2, balances.value());
    QCOMPARE(held.held, (QList<AssetQuantity>{{QStringLiteral("SOL"), dec("5375")}}));
    QVERIFY(held.owed.isEmpty());

    // the account figures are the PM wallet's in ltv-details
    const auto account =
        await<PortfolioAccount>([&](QObject *c, auto cb) { own->fetchPortfolioAccount(c, cb); });
    QVERIFY2(account.ok(), qPrintable(account.error().message));
    const RiskUnit unit = m_sim->exchange().riskUnit(10001);
    const CollateralAccount *m = nullptr;
    for (const CollateralAccount &candidate : unit.members)
        m = candidate.email == Alpha2 ? &candidate : m;
    QVERIFY(m);
    bool found = false;
    for (const Wallet &w : m->wallets) {
        if (w.type == WalletType::PortfolioMargin) {
            QCOMPARE(account.value().accountEquity, w.netEquity);
            QCOMPARE(account.value().accountMaintMargin, w.maintainMargin);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(m_sim->weights().usage(QStringLiteral("/papi/v1/balance")).used, 20);

    // the parent key is refused on /papi, and the message says what is missing
    auto parent = m_sim->parent();
    const auto refused = await<QList<PortfolioBalance>>(
        [&](QObject *c, auto cb) { parent->fetchPortfolioBalances(c, cb); });
    QCOMPARE(refused.error().kind, Kind::Auth);
    QVERIFY2(refused.error().message.contains(QStringLiteral("member's own read-only API key")),
             qPrintable(refused.error().message));
    // so is another member's key on the sub-account endpoints
    const auto notParent = await<QList<SpotBalance>>(
        [&](QObject *c, auto cb) { own->fetchSubAccountSpot(Alpha1, c, cb); });
    QCOMPARE(notParent.error().kind, Kind::Auth);
}

void tst_CompositionAgainstSim::ratioTablesAreTheSimulatorsTiers() {
    auto parent = m_sim->parent();
    const auto cross = await<QHash<QString, TieredRatio>>(
        [&](QObject *c, auto cb) { parent->fetchCrossMarginCollateralRatios(c, cb); });
    QVERIFY2(cross.ok(), qPrintable(cross.error().message));
    const auto pm = await<QHash<QString, TieredRatio>>(
        [&](QObject *c, auto cb) { parent->fetchPortfolioCollateralRates(c, cb); });
    QVERIFY2(pm.ok(), qPrintable(pm.error().message));
    const QList<sim::AssetConfig> &assets = m_sim->exchange().engine().market().assets();
    QCOMPARE(cross.value().size(), assets.size());
    QCOMPARE(pm.value().size(), assets.size());
    bool someTiered = false;
    for (const sim::AssetConfig &a : assets) {
        QCOMPARE(cross.value().value(a.name).tiers(), tiersOf(a.crossTable()));
        QCOMPARE(pm.value().value(a.name).tiers(), tiersOf(a.pmTable()));
        someTiered = someTiered || a.pmTable().size() > 1 || a.crossTable().size() > 1;
    }
    QVERIFY(someTiered); // the scenario has a tier boundary that matters
    QCOMPARE(
        m_sim->weights().usage(QStringLiteral("/sapi/v1/margin/crossMarginCollateralRatio")).used,
        100);
    QCOMPARE(m_sim->weights().usage(QStringLiteral("/sapi/v2/portfolio/collateralRate")).used, 50);
}

void tst_CompositionAgainstSim::pricesComeInOneRequest() {
    // public: a client without any key reads them
    auto anonymous = m_sim->client({});
    const QStringList symbols = {QStringLiteral("BTCUSDT"),  QStringLiteral("ETHUSDT"),
                                 QStringLiteral("SOLUSDT"),  QStringLiteral("BNBUSDT"),
                                 QStringLiteral("USDCUSDT"), QStringLiteral("NOSUCHUSDT")};
    const auto prices = await<QMap<QString, Decimal>>(
        [&](QObject *c, auto cb) { anonymous->fetchPrices(symbols, c, cb); });
    QVERIFY2(prices.ok(), qPrintable(prices.error().message));
    const sim::MarketModel &market = m_sim->exchange().engine().market();
    const Decimal usdt = market.price(QStringLiteral("USDT"));
    for (const QString &asset :
         {QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("SOL"),
          QStringLiteral("BNB"), QStringLiteral("USDC")}) {
        QCOMPARE(prices.value().value(asset + u"USDT"), market.price(asset).dividedBy(usdt, 8));
    }
    QVERIFY(!prices.value().contains(QStringLiteral("NOSUCHUSDT"))); // left out, not an error
    int tickerCalls = 0;
    for (const auto &entry : m_sim->exchange().requestLog())
        tickerCalls += entry.path.endsWith(QStringLiteral("ticker/price")) ? 1 : 0;
    QCOMPARE(tickerCalls, 1);
    QCOMPARE(m_sim->weights().usage(QStringLiteral("/api/v3/ticker/price")).used, 4);
}

void tst_CompositionAgainstSim::compositionAddsUpToLtvDetails() {
    // Everything the client reads, composed by the collateral code, gives each wallet's netEquity
    // in ltv-details: the client reads every quantity, ratio and price the exchange counts.
    auto parent = m_sim->parent();
    const auto cross = await<QHash<QString, TieredRatio>>(
        [&](QObject *c, auto cb) { parent->fetchCrossMarginCollateralRatios(c, cb); });
    const auto pm = await<QHash<QString, TieredRatio>>(
        [&](QObject *c, auto cb) { parent->fetchPortfolioCollateralRates(c, cb); });
    QVERIFY(cross.ok() && pm.ok());
    CollateralRatios ratios;
    for (auto it = cross.value().begin(); it != cross.value().end(); ++it)
        ratios.setCrossMargin(it.key(), it.value());
    for (auto it = pm.value().begin(); it != pm.value().end(); ++it)
        ratios.setPortfolioMargin(it.key(), it.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ratios.setFetchedAt(WalletType::CrossMargin, now);
    ratios.setFetchedAt(WalletType::PortfolioMargin, now);

    const QMap<QString, Decimal> usd = usdPrices(*parent);
    QCOMPARE(usd.size(), m_sim->exchange().engine().market().assets().size());

    const auto units = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { parent->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY2(units.ok(), qPrintable(units.error().message));
    int wallets = 0;
    for (const RiskUnit &unit : units.value()) {
        QList<WalletHoldings> holdings;
        for (const CollateralAccount &m : unit.members) {
            for (const Wallet &w : m.wallets) {
                if (w.type == WalletType::Spot) {
                    const auto r = await<QList<SpotBalance>>(
                        [&](QObject *c, auto cb) { parent->fetchSubAccountSpot(m.email, c, cb); });
                    QVERIFY2(r.ok(), qPrintable(r.error().message));
                    holdings.append(HoldingsReader::spotHoldings(m.email, r.value()));
                } else if (w.type == WalletType::CrossMargin) {
                    const auto r = await<CrossMarginAccount>([&](QObject *c, auto cb) {
                        parent->fetchSubAccountMargin(m.email, c, cb);
                    });
                    QVERIFY2(r.ok(), qPrintable(r.error().message));
                    holdings.append(HoldingsReader::crossMarginHoldings(m.email, r.value()));
                } else {
                    // the member's own key, or the credit key for a PM credit account
                    ApiCredentials key = m_sim->exchange().memberCredentials(m.email);
                    if (key.isEmpty() && m.role == MemberRole::Credit)
                        key = m_sim->exchange().creditCredentials(unit.groupId);
                    QVERIFY2(!key.isEmpty(), qPrintable(m.email));
                    auto own = m_sim->client(key);
                    const auto r = await<QList<PortfolioBalance>>(
                        [&](QObject *c, auto cb) { own->fetchPortfolioBalances(c, cb); });
                    QVERIFY2(r.ok(), qPrintable(r.error().message));
                    holdings.append(HoldingsReader::portfolioHoldings(m.email, r.value()));
                }
                holdings.last().fetchedAt = now;
            }
        }
        const UnitComposition composition = CompositionBuilder::build(unit, holdings, usd, ratios);
        for (const WalletComposition &w : composition.wallets) {
            ++wallets;
            const QString what = w.email + u' ' + walletTypeToWire(w.type) + u": " + w.reason;
            QVERIFY2(w.status == WalletComposition::Status::Complete, qPrintable(what));
        }
    }
    QVERIFY(wallets >= 8);
}

void tst_CompositionAgainstSim::htmlPageAndTruncatedBody() {
    auto parent = m_sim->parent();
    m_sim->exchange().faults()->addOnce(SpotPath, Fault::HtmlErrorPage);
    const auto html = await<QList<SpotBalance>>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountSpot(Alpha1, c, cb); });
    QCOMPARE(html.error().httpStatus, 502);
    QVERIFY2(
        html.error().message.startsWith(QStringLiteral("HTML page instead of JSON (HTTP 502)")),
        qPrintable(html.error().message));

    m_sim->exchange().faults()->addPersistent(MarginPath, Fault::TruncatedBody);
    const auto cut = await<CrossMarginAccount>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountMargin(Alpha1, c, cb); });
    QVERIFY(!cut.ok());
    // Qt either sees the connection close before Content-Length bytes, or hands over the bytes
    QVERIFY2(cut.error().kind == Kind::Network ||
                 cut.error().message.startsWith(QStringLiteral("truncated JSON")),
             qPrintable(cut.error().message));
    m_sim->exchange().faults()->clear();

    m_sim->exchange().faults()->addOnce(QStringLiteral("/sapi/v2/portfolio/collateralRate"),
                                        Fault::MalformedJson);
    const auto malformed = await<QHash<QString, TieredRatio>>(
        [&](QObject *c, auto cb) { parent->fetchPortfolioCollateralRates(c, cb); });
    QCOMPARE(malformed.error().kind, Kind::Parse);
    QVERIFY2(malformed.error().message.startsWith(QStringLiteral("malformed JSON")),
             qPrintable(malformed.error().message));
}

void tst_CompositionAgainstSim::missingAssetAndNegativeBalance() {
    auto parent = m_sim->parent();
    m_sim->exchange().faults()->addOnce(SpotPath, Fault::MissingAsset);
    const auto missing = await<QList<SpotBalance>>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountSpot(Alpha1, c, cb); });
    QCOMPARE(missing.error().kind, Kind::Parse);
    QCOMPARE(missing.error().message,
             QStringLiteral("sub-account/assets.balances[0]: entry without \"asset\""));

    m_sim->exchange().faults()->addOnce(SpotPath, Fault::NegativeBalance);
    const auto negative = await<QList<SpotBalance>>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountSpot(Alpha1, c, cb); });
    QCOMPARE(negative.error().kind, Kind::Parse);
    QCOMPARE(negative.error().message,
             QStringLiteral("sub-account/assets.balances[0].free: negative balance of BTC: -3"));

    m_sim->exchange().faults()->addOnce(MarginPath, Fault::NegativeBalance);
    const auto margin = await<CrossMarginAccount>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountMargin(Alpha1, c, cb); });
    QCOMPARE(margin.error().kind, Kind::Parse);
    QVERIFY2(margin.error().message.startsWith(
                 QStringLiteral("margin/account.marginUserAssetVoList[0].free: negative "
                                "balance of ")),
             qPrintable(margin.error().message));

    auto own = m_sim->client(m_sim->exchange().memberCredentials(Alpha2));
    m_sim->exchange().faults()->addOnce(QStringLiteral("/papi/v1/balance"), Fault::MissingAsset);
    const auto papi = await<QList<PortfolioBalance>>(
        [&](QObject *c, auto cb) { own->fetchPortfolioBalances(c, cb); });
    QCOMPARE(papi.error().kind, Kind::Parse);
    QCOMPARE(papi.error().message, QStringLiteral("papi/balance[0]: entry without \"asset\""));
    // the next, unaltered answer reads again
    const auto again = await<QList<PortfolioBalance>>(
        [&](QObject *c, auto cb) { own->fetchPortfolioBalances(c, cb); });
    QVERIFY2(again.ok(), qPrintable(again.error().message));
}

void tst_CompositionAgainstSim::unknownAssetUnpricedAssetAndTierGap() {
    auto parent = m_sim->parent();
    // An asset no market prices reads fine; valuing it is where it is named.
    m_sim->exchange().faults()->addOnce(SpotPath, Fault::UnknownAsset);
    const auto spot = await<QList<SpotBalance>>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountSpot(Alpha1, c, cb); });
    QVERIFY2(spot.ok(), qPrintable(spot.error().message));
    bool fdusd = false;
    for (const SpotBalance &b : spot.value())
        fdusd = fdusd || b.asset == u"FDUSD";
    QVERIFY(fdusd);
    const auto none = await<QMap<QString, Decimal>>([&](QObject *c, auto cb) {
        parent->fetchPrices({QStringLiteral("FDUSDUSDT"), QStringLiteral("BTCUSDT")}, c, cb);
    });
    QVERIFY2(none.ok(), qPrintable(none.error().message));
    QVERIFY(!none.value().contains(QStringLiteral("FDUSDUSDT")));

    // The price endpoint leaves BTC out: absent from the map, not an error of the request.
    m_sim->exchange().faults()->addOnce(QStringLiteral("/api/v3/ticker/price"),
                                        Fault::UnpricedAsset);
    const auto prices = await<QMap<QString, Decimal>>([&](QObject *c, auto cb) {
        parent->fetchPrices({QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")}, c, cb);
    });
    QVERIFY2(prices.ok(), qPrintable(prices.error().message));
    QVERIFY(!prices.value().contains(QStringLiteral("BTCUSDT")));
    QVERIFY(prices.value().contains(QStringLiteral("ETHUSDT")));

    // A table that loses its second tier is read as sent; the value that falls where no tier
    // remains has no collateral value (the composition names it).
    m_sim->exchange().faults()->addOnce(QStringLiteral("/sapi/v2/portfolio/collateralRate"),
                                        Fault::TierGap);
    const auto gap = await<QHash<QString, TieredRatio>>(
        [&](QObject *c, auto cb) { parent->fetchPortfolioCollateralRates(c, cb); });
    QVERIFY2(gap.ok(), qPrintable(gap.error().message));
    // the fault strikes the first table with two tiers or more, in the market's order
    bool uncovered = false;
    for (const sim::AssetConfig &a : m_sim->exchange().engine().market().assets()) {
        const sim::RatioTable full = a.pmTable();
        if (full.size() < 2)
            continue;
        const TieredRatio read = gap.value().value(a.name);
        QCOMPARE(read.tiers().size(), full.size() - 1);
        QCOMPARE(read.collateralValue(full.at(1).floor + dec("1")), std::nullopt);
        QVERIFY(read.collateralValue(full.at(1).floor).has_value()); // the first tier still holds
        uncovered = true;
        break;
    }
    QVERIFY2(uncovered, "no scenario asset has a second PM tier");
}

void tst_CompositionAgainstSim::unpricedAndUncoveredValuesAreNamedByTheComposition() {
    auto parent = m_sim->parent();
    CollateralRatios ratios;
    // BTC at 2 M USD: the credit account's 5 BTC (10 M) reach past the first PM tier's 5 M cap,
    // into the tier the fault removes.
    m_sim->exchange().engine().setPrice(QStringLiteral("BTC"), dec("2000000"));
    m_sim->exchange().faults()->addOnce(QStringLiteral("/sapi/v2/portfolio/collateralRate"),
                                        Fault::TierGap);
    const auto pm = await<QHash<QString, TieredRatio>>(
        [&](QObject *c, auto cb) { parent->fetchPortfolioCollateralRates(c, cb); });
    QVERIFY2(pm.ok(), qPrintable(pm.error().message));
    for (auto it = pm.value().begin(); it != pm.value().end(); ++it)
        ratios.setPortfolioMargin(it.key(), it.value());
    ratios.setFetchedAt(WalletType::PortfolioMargin, QDateTime::currentDateTimeUtc());

    m_sim->exchange().faults()->addOnce(SpotPath, Fault::UnknownAsset);
    const auto spot = await<QList<SpotBalance>>(
        [&](QObject *c, auto cb) { parent->fetchSubAccountSpot(Alpha1, c, cb); });
    QVERIFY2(spot.ok(), qPrintable(spot.error().message));
    auto credit = m_sim->credit(10001);
    const auto papi = await<QList<PortfolioBalance>>(
        [&](QObject *c, auto cb) { credit->fetchPortfolioBalances(c, cb); });
    QVERIFY2(papi.ok(), qPrintable(papi.error().message));
    const QString creditEmail = QStringLiteral("credit.alpha@loandesk.test");
    QList<WalletHoldings> holdings = {HoldingsReader::spotHoldings(Alpha1, spot.value()),
                                      HoldingsReader::portfolioHoldings(creditEmail, papi.value())};
    for (WalletHoldings &h : holdings)
        h.fetchedAt = QDateTime::currentDateTimeUtc();

    const UnitComposition unit = CompositionBuilder::build(m_sim->exchange().riskUnit(10001),
                                                           holdings, usdPrices(*parent), ratios);
    const WalletComposition *unpriced = wallet(unit, Alpha1, WalletType::Spot);
    QVERIFY(unpriced);
    // FDUSD is not spot collateral: it would count nothing at any price, so its missing price
    // leaves the wallet valued (an unpriced asset that counts is named: tst_compositionbuilder).
    QCOMPARE(unpriced->status, WalletComposition::Status::Complete);
    for (const AssetLine &line : unpriced->lines)
        QVERIFY(line.asset != QStringLiteral("FDUSD"));
    const WalletComposition *uncovered = wallet(unit, creditEmail, WalletType::PortfolioMargin);
    QVERIFY(uncovered);
    QCOMPARE(uncovered->status, WalletComposition::Status::Unavailable);
    QVERIFY2(uncovered->reason.startsWith(QStringLiteral("no collateral tier covers BTC worth")),
             qPrintable(uncovered->reason));
}

QTEST_GUILESS_MAIN(tst_CompositionAgainstSim)
#include "tst_compositionagainstsim.moc"
