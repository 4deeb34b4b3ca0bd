#include "collateral/compositionbuilder.h"
#include "collateral/stressengine.h"
#include "collateralfixture.h"
#include "domain/ltvmath.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::fixture;

namespace {

const LtvBands Bands; // 0.75 / 0.80 / 0.90 / 1.00

CollateralTier tier(const char *floor, const char *cap, const char *rate) {
    return CollateralTier{dec(floor), cap ? std::optional<Decimal>(dec(cap)) : std::nullopt,
                          dec(rate)};
}

struct Case {
    RiskUnit unit;
    CollateralRatios ratios;
    UnitComposition composition;
    StressEngine engine() const { return StressEngine(unit, composition, ratios, Bands); }
};

// The hand case of issue 14: one asset in spot, the rest in stablecoins.
//   a@x spot: 10 BTC at 60,000 + 400,000 USDT → E = 1,000,000; the credit account's cross
//   margin wallet is empty. L = 500,000 (or as given), M = 0.
Case handCase(const char *liability = "500000") {
    Case c;
    c.ratios.setCrossMargin(QStringLiteral("USDT"), TieredRatio::flat(dec("1")));
    c.unit = unit(liability,
                  {member("credit@x", MemberRole::Credit, {wallet(WalletType::CrossMargin, "0")}),
                   member("a@x", MemberRole::Collateral, {wallet(WalletType::Spot, "1000000")})});
    c.composition = CompositionBuilder::build(
        c.unit,
        {holdings("credit@x", WalletType::CrossMargin, {}),
         holdings("a@x", WalletType::Spot, {qty("BTC", "10"), qty("USDT", "400000")})},
        prices({{"BTC", "60000"}, {"USDT", "1"}}), c.ratios);
    return c;
}

// BTC held in a cross-margin wallet whose ratio halves above 500,000 USD:
//   20 BTC at 50,000 = 1,000,000 → CV = 500,000 + 500,000 × 0.5 = 750,000; + 100,000 USDT.
//   E = 850,000, L = 480,000, M = 0.
Case tierCase() {
    Case c;
    c.ratios.setCrossMargin(QStringLiteral("BTC"), TieredRatio({tier("0", "500000", "1"),
                                                                tier("500000", nullptr, "0.5")}));
    c.ratios.setCrossMargin(QStringLiteral("USDT"), TieredRatio::flat(dec("1")));
    c.unit =
        unit("480000",
             {member("credit@x", MemberRole::Credit, {wallet(WalletType::CrossMargin, "850000")})});
    c.composition = CompositionBuilder::build(
        c.unit,
        {holdings("credit@x", WalletType::CrossMargin, {qty("BTC", "20"), qty("USDT", "100000")})},
        prices({{"BTC", "50000"}, {"USDT", "1"}}), c.ratios);
    return c;
}

QMap<QString, Decimal> btcAt(const Decimal &price) {
    return {{QStringLiteral("BTC"), price}};
}

} // namespace

class tst_StressEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handCaseTriggerPrices();
    void handCaseBandIsReachedAtThePrintedPrice();
    void handCaseJointFall();
    void shockAndBorrow();
    void collateralToAdd();
    void tierBoundaryMovesTheTrigger();
    void owedAssetMovesWithItsPrice();
    void unavailableWalletKeepsItsEquity();
    void bandsAlreadyReached();
    void largeFractionalHoldingsAreSolvedToTheLastPlace();
    void sameAssetInTwoTieredWallets();
    void disagreeingWalletMovesFromTheExchangeFigure();
};

void tst_StressEngine::handCaseTriggerPrices() {
    const Case c = handCase();
    QCOMPARE(c.composition.coverage, UnitComposition::Coverage::Complete);
    const QList<PriceTrigger> triggers = c.engine().triggers();
    QCOMPARE(triggers.size(), 1); // USDT is a stablecoin: no trigger
    const PriceTrigger &btc = triggers.first();
    QCOMPARE(btc.asset, QStringLiteral("BTC"));
    QCOMPARE(btc.priceUsd, dec("60000"));
    // E(p) = 400,000 + 10p; the band T is reached at E* = L/T = 500,000/T.
    // warning:     E* = 666,666.666…  → p = 266,666.666…/10 = 26,666.666…
    QCOMPARE(btc.warningPrice, dec("26666.66666666"));
    // initial:     E* = 625,000       → p = 22,500
    QCOMPARE(btc.initialPrice, dec("22500"));
    // margin call: E* = 555,555.555…  → p = 155,555.555…/10 = 15,555.555… (15,555.56 to the cent)
    QCOMPARE(btc.marginCallPrice, dec("15555.55555555"));
    QCOMPARE(btc.marginCallPrice->toString(2), QStringLiteral("15555.56"));
    // liquidation: E* = 500,000       → p = 10,000
    QCOMPARE(btc.liquidationPrice, dec("10000"));
    // fall to margin call: (60,000 − 15,555.55555555) / 60,000 = 0.740740740741 → 0.74074074
    QCOMPARE(btc.fall(LtvBand::MarginCall), dec("0.74074074"));
    QCOMPARE(btc.fall(LtvBand::Liquidation), dec("0.83333333"));
    QVERIFY(!btc.reached(LtvBand::Warning));
}

void tst_StressEngine::handCaseBandIsReachedAtThePrintedPrice() {
    const Case c = handCase();
    const StressEngine engine = c.engine();
    const PriceTrigger btc = engine.triggers().first();
    QCOMPARE(engine.apply(btcAt(*btc.marginCallPrice)).band, LtvBand::MarginCall);
    QCOMPARE(engine.apply(btcAt(dec("15555.57"))).band, LtvBand::AboveInitial);
    QCOMPARE(engine.apply(btcAt(*btc.liquidationPrice)).band, LtvBand::Liquidation);
    QCOMPARE(engine.apply(btcAt(dec("10000.01"))).band, LtvBand::MarginCall);
    QCOMPARE(engine.apply(btcAt(*btc.warningPrice)).band, LtvBand::Warning);
    QCOMPARE(engine.apply(btcAt(dec("26666.67"))).band, LtvBand::Normal);
    // At exactly the initial price LTV = 0.8, which LtvBands classes Warning (above initial
    // means > 0.8); a cent lower it is above initial.
    QCOMPARE(engine.apply(btcAt(*btc.initialPrice)).ltv, dec("0.8"));
    QCOMPARE(engine.apply(btcAt(dec("22499.99"))).band, LtvBand::AboveInitial);
}

void tst_StressEngine::handCaseJointFall() {
    const StressEngine engine = handCase().engine();
    // Only BTC falls: E(d) = 400,000 + 600,000 (1 − d).
    // warning:     600,000 (1 − d) = 266,666.666… → d = 0.555… → 0.55555556 (rounded up)
    QCOMPARE(engine.jointFall(LtvBand::Warning), dec("0.55555556"));
    // initial:     600,000 (1 − d) = 225,000      → d = 0.625
    QCOMPARE(engine.jointFall(LtvBand::AboveInitial), dec("0.625"));
    // margin call: 600,000 (1 − d) = 155,555.555… → d = 0.740740740… → 0.74074075
    QCOMPARE(engine.jointFall(LtvBand::MarginCall), dec("0.74074075"));
    // liquidation: 600,000 (1 − d) = 100,000      → d = 0.8333… → 0.83333334
    QCOMPARE(engine.jointFall(LtvBand::Liquidation), dec("0.83333334"));
    // After that fall the band is reached: 60,000 × 0.25925925 = 15,555.555.
    QCOMPARE(engine.apply(btcAt(dec("15555.555"))).band, LtvBand::MarginCall);
    // The uniform fall of LtvMath (stablecoins falling too) would say 1 − 0.5/0.9 = 0.444…
    QVERIFY(*engine.jointFall(LtvBand::MarginCall) >
            *LtvMath::collateralDropTo(dec("500000"), dec("1000000"), dec("0"), dec("0.9")));
}

void tst_StressEngine::shockAndBorrow() {
    const StressEngine engine = handCase().engine();
    const StressResult now = engine.apply({});
    QCOMPARE(now.netEquity, dec("1000000"));
    QCOMPARE(now.liability, dec("500000"));
    QCOMPARE(now.ltv, dec("0.5"));
    QCOMPARE(now.band, LtvBand::Normal);
    // BTC 30,000: E = 400,000 + 300,000 = 700,000, LTV = 500,000/700,000 = 0.71428571
    const StressResult half = engine.apply(btcAt(dec("30000")));
    QCOMPARE(half.netEquity, dec("700000"));
    QCOMPARE(half.ltv, dec("0.71428571"));
    QCOMPARE(half.band, LtvBand::Normal);
    // BTC 20,000: E = 600,000, LTV = 0.83333333
    QCOMPARE(engine.apply(btcAt(dec("20000"))).band, LtvBand::AboveInitial);
    // Borrowing 100,000 adds it to both L and E: 600,000/1,100,000 = 0.54545455
    const StressResult borrowed = engine.apply({}, dec("100000"));
    QCOMPARE(borrowed.ltv, dec("0.54545455"));
    QCOMPARE(borrowed.ltv,
             LtvMath::projectedLtv(dec("500000"), dec("1000000"), dec("0"), dec("100000")));
    // Shock first, then borrow: BTC 30,000 and 100,000 more: 600,000/800,000 = 0.75 → warning
    const StressResult both = engine.apply(btcAt(dec("30000")), dec("100000"));
    QCOMPARE(both.ltv, dec("0.75"));
    QCOMPARE(both.band, LtvBand::Warning);
    // A shock to an asset the unit does not hold changes nothing.
    QCOMPARE(engine.apply({{QStringLiteral("ETH"), dec("1")}}).netEquity, dec("1000000"));
}

void tst_StressEngine::collateralToAdd() {
    const StressEngine engine = handCase().engine();
    // LTV 0.4 needs E = 500,000/0.4 = 1,250,000: 250,000 USDT more …
    QCOMPARE(engine.collateralToAdd(dec("0.4")), dec("250000"));
    QCOMPARE(engine.collateralToAdd(dec("0.4"), QStringLiteral("USDT")), dec("250000"));
    // … or 250,000/60,000 = 4.1666… BTC, rounded up to 4.16666667.
    QCOMPARE(engine.collateralToAdd(dec("0.4"), QStringLiteral("BTC")), dec("4.16666667"));
    // USDC is neither held nor owed here: priced at 1.
    QCOMPARE(engine.collateralToAdd(dec("0.4"), QStringLiteral("USDC")), dec("250000"));
    QCOMPARE(engine.collateralToAdd(dec("0.6")), dec("0")); // already 0.5
    QCOMPARE(engine.collateralToAdd(dec("0.5")), dec("0"));
    QVERIFY(!engine.collateralToAdd(dec("0.4"), QStringLiteral("DOGE"))); // not spot collateral
    QVERIFY(!engine.collateralToAdd(dec("0.4"), QStringLiteral("ETH")));  // no price known
    QVERIFY(!engine.collateralToAdd(dec("0")));
}

void tst_StressEngine::tierBoundaryMovesTheTrigger() {
    const Case c = tierCase();
    QCOMPARE(c.composition.coverage, UnitComposition::Coverage::Complete);
    const StressEngine engine = c.engine();
    const PriceTrigger btc = engine.triggers().first();
    // Above p = 500,000/20 = 25,000: E(p) = 100,000 + 500,000 + 0.5 (20p − 500,000)
    //                                     = 350,000 + 10p
    // below it:                        E(p) = 100,000 + 20p
    // warning:     E* = 640,000 → 350,000 + 10p → p = 29,000 (above the boundary)
    QCOMPARE(btc.warningPrice, dec("29000"));
    // initial:     E* = 600,000 → p = 25,000, exactly on the boundary (both pieces agree)
    QCOMPARE(btc.initialPrice, dec("25000"));
    // margin call: E* = 533,333.333… → the upper piece would give 18,333.33, below the
    // boundary; on the lower piece p = 433,333.333…/20 = 21,666.666…
    QCOMPARE(btc.marginCallPrice, dec("21666.66666666"));
    // liquidation: E* = 480,000 → p = 380,000/20 = 19,000 (the upper piece would give 13,000)
    QCOMPARE(btc.liquidationPrice, dec("19000"));
    QCOMPARE(engine.apply(btcAt(*btc.marginCallPrice)).band, LtvBand::MarginCall);
    QCOMPARE(engine.apply(btcAt(dec("21666.67"))).band, LtvBand::AboveInitial);
    // BTC at 40,000: 800,000 → CV 650,000, E = 750,000, LTV = 0.64
    QCOMPARE(engine.apply(btcAt(dec("40000"))).ltv, dec("0.64"));
    // Joint fall, x = 1 − d: E = 350,000 + 500,000x above x = 0.5, 100,000 + 1,000,000x below.
    // warning: x = 0.58 → d = 0.42; margin call: x = 0.4333… → d = 0.5666… → 0.56666667
    QCOMPARE(engine.jointFall(LtvBand::Warning), dec("0.42"));
    QCOMPARE(engine.jointFall(LtvBand::MarginCall), dec("0.56666667"));
}

void tst_StressEngine::owedAssetMovesWithItsPrice() {
    // The hand case, plus a cross-margin wallet holding 100,000 USDT and owing 2 BTC:
    // its NE = 100,000 − 120,000 = −20,000, so E = 980,000 and E(p) = 500,000 + 8p.
    Case c = handCase();
    c.unit =
        unit("500000",
             {member("credit@x", MemberRole::Credit, {wallet(WalletType::CrossMargin, "-20000")}),
              member("a@x", MemberRole::Collateral, {wallet(WalletType::Spot, "1000000")})});
    c.composition = CompositionBuilder::build(
        c.unit,
        {holdings("credit@x", WalletType::CrossMargin, {qty("USDT", "100000")}, {qty("BTC", "2")}),
         holdings("a@x", WalletType::Spot, {qty("BTC", "10"), qty("USDT", "400000")})},
        prices({{"BTC", "60000"}, {"USDT", "1"}}), c.ratios);
    QCOMPARE(c.composition.coverage, UnitComposition::Coverage::Complete);
    const StressEngine engine = c.engine();
    const PriceTrigger btc = engine.triggers().first();
    // warning:     (666,666.666… − 500,000)/8 = 20,833.333…
    QCOMPARE(btc.warningPrice, dec("20833.33333333"));
    // margin call: (555,555.555… − 500,000)/8 = 6,944.444…
    QCOMPARE(btc.marginCallPrice, dec("6944.44444444"));
    // liquidation: E* = 500,000 only at p = 0
    QCOMPARE(btc.liquidationPrice, dec("0"));
    // BTC 30,000: 500,000 + 240,000 = 740,000
    QCOMPARE(engine.apply(btcAt(dec("30000"))).netEquity, dec("740000"));
    // Joint: E = 500,000 + 480,000x; margin call x = 0.11574074… → d = 0.88425926
    QCOMPARE(engine.jointFall(LtvBand::MarginCall), dec("0.88425926"));
}

void tst_StressEngine::unavailableWalletKeepsItsEquity() {
    // The hand case plus a Portfolio Margin member whose balance could not be read, with
    // 200,000 of equity in ltv-details that does not move: E(p) = 600,000 + 10p ≥ 600,000.
    Case c = handCase();
    c.unit = unit(
        "500000",
        {member("credit@x", MemberRole::Credit, {wallet(WalletType::CrossMargin, "0")}),
         member("a@x", MemberRole::Collateral, {wallet(WalletType::Spot, "1000000")}),
         member("pm@x", MemberRole::Collateral, {wallet(WalletType::PortfolioMargin, "200000")})});
    c.composition = CompositionBuilder::build(
        c.unit,
        {holdings("credit@x", WalletType::CrossMargin, {}),
         holdings("a@x", WalletType::Spot, {qty("BTC", "10"), qty("USDT", "400000")})},
        prices({{"BTC", "60000"}, {"USDT", "1"}}), c.ratios);
    QCOMPARE(c.composition.coverage, UnitComposition::Coverage::Partial);
    const StressEngine engine = c.engine();
    const PriceTrigger btc = engine.triggers().first();
    // warning: E* = 666,666.666… → p = 6,666.666…; initial: E* = 625,000 → p = 2,500
    QCOMPARE(btc.warningPrice, dec("6666.66666666"));
    QCOMPARE(btc.initialPrice, dec("2500"));
    // margin call (E* = 555,555.55…) and liquidation (500,000) lie below 600,000: out of reach
    QVERIFY(!btc.marginCallPrice);
    QVERIFY(!btc.liquidationPrice);
    QVERIFY(!btc.reached(LtvBand::MarginCall));
    QVERIFY(!btc.fall(LtvBand::MarginCall));
    QVERIFY(!engine.jointFall(LtvBand::MarginCall));
    // At BTC 0 the unit still has 600,000: LTV 0.83333333.
    QCOMPARE(engine.apply(btcAt(dec("0"))).ltv, dec("0.83333333"));
}

void tst_StressEngine::bandsAlreadyReached() {
    // The hand case with L = 850,000: LTV = 0.85, past warning and initial.
    const StressEngine engine = handCase("850000").engine();
    const PriceTrigger btc = engine.triggers().first();
    QVERIFY(!btc.warningPrice);
    QVERIFY(btc.reached(LtvBand::Warning));
    QVERIFY(!btc.initialPrice);
    QVERIFY(btc.reached(LtvBand::AboveInitial));
    QCOMPARE(btc.fall(LtvBand::Warning), dec("0"));
    // margin call: E* = 944,444.444… → p = 544,444.444…/10 = 54,444.444…
    QCOMPARE(btc.marginCallPrice, dec("54444.44444444"));
    QVERIFY(!btc.reached(LtvBand::MarginCall));
    QCOMPARE(engine.jointFall(LtvBand::Warning), dec("0"));
    QCOMPARE(engine.jointFall(LtvBand::AboveInitial), dec("0"));
}

void tst_StressEngine::largeFractionalHoldingsAreSolvedToTheLastPlace() {
    // Figures with 8 places everywhere and a BTC holding that crosses two tier floors (120 M and
    // 100 M) on the way down, next to spot BTC and ETH: no hand-worked number, but the defining
    // property to the last place: at the printed price LTV ≥ T, one unit of 10⁻⁸ above it not.
    Case c;
    c.ratios.setCrossMargin(
        QStringLiteral("BTC"),
        TieredRatio({tier("0", "100000000", "1"), tier("100000000", "120000000", "0.975"),
                     tier("120000000", nullptr, "0.95")}));
    c.ratios.setCrossMargin(QStringLiteral("ETH"), TieredRatio::flat(dec("0.9")));
    c.ratios.setCrossMargin(QStringLiteral("USDT"), TieredRatio::flat(dec("1")));
    const QList<WalletHoldings> held{
        holdings("credit@x", WalletType::CrossMargin,
                 {qty("BTC", "6123.45678912"), qty("ETH", "1234.56789012"),
                  qty("USDT", "3000000.12345678")},
                 {qty("USDT", "2500000.87654321")}),
        holdings("a@x", WalletType::Spot, {qty("BTC", "3.21"), qty("ETH", "17.5")})};
    const QMap<QString, Decimal> now =
        prices({{"BTC", "19876.54321987"}, {"ETH", "3456.78901234"}, {"USDT", "1.0001"}});
    c.unit = unit("1", {member("credit@x", MemberRole::Credit,
                               {wallet(WalletType::CrossMargin, "1", "1234567.8912")}),
                        member("a@x", MemberRole::Collateral, {wallet(WalletType::Spot, "1")})});
    // Let ltv-details agree with the composition (the placeholder 1s above disagree), and borrow
    // about half of the equity.
    const UnitComposition first = CompositionBuilder::build(c.unit, held, now, c.ratios);
    c.unit.members[0].wallets[0].netEquity = first.wallets.at(0).netEquity.rounded(8);
    c.unit.members[1].wallets[0].netEquity = first.wallets.at(1).netEquity.rounded(8);
    c.unit.totalNetEquity = c.unit.memberNetEquity();
    c.unit.totalLiability = c.unit.totalNetEquity.dividedBy(dec("2"), 8);
    c.composition = CompositionBuilder::build(c.unit, held, now, c.ratios);
    QCOMPARE(c.composition.coverage, UnitComposition::Coverage::Complete);
    QVERIFY(first.wallets.at(0).lines.first().valueUsd > dec("120000000"));

    const StressEngine engine = c.engine();
    const Decimal &L = c.unit.totalLiability;
    const Decimal &M = c.unit.totalMaintenanceMargin;
    auto reached = [&](const StressResult &r, const Decimal &threshold) {
        return threshold * (r.netEquity - M) <= L;
    };
    const Decimal step = dec("0.00000001");
    const QList<PriceTrigger> triggers = engine.triggers();
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(triggers.at(0).asset, QStringLiteral("BTC")); // largest collateral value first
    QCOMPARE(triggers.at(1).asset, QStringLiteral("ETH"));
    for (const PriceTrigger &trigger : triggers) {
        for (LtvBand band :
             {LtvBand::Warning, LtvBand::AboveInitial, LtvBand::MarginCall, LtvBand::Liquidation}) {
            const std::optional<Decimal> price = trigger.price(band);
            if (!price)
                continue;
            const Decimal threshold = Bands.threshold(band);
            const QMap<QString, Decimal> at{{trigger.asset, *price}};
            const QMap<QString, Decimal> above{{trigger.asset, *price + step}};
            QVERIFY2(reached(engine.apply(at), threshold), qPrintable(trigger.asset));
            QVERIFY2(!reached(engine.apply(above), threshold), qPrintable(trigger.asset));
        }
    }
    // BTC alone must cross both floors to reach margin call: 100 M / 6,123.45678912 = 16,330.6…
    QVERIFY(*triggers.at(0).marginCallPrice < dec("16330"));

    for (LtvBand band : {LtvBand::Warning, LtvBand::MarginCall, LtvBand::Liquidation}) {
        const std::optional<Decimal> d = engine.jointFall(band);
        QVERIFY(d);
        auto fallen = [&](const Decimal &fall) {
            QMap<QString, Decimal> shocked;
            for (const char *asset : {"BTC", "ETH"}) {
                const QString name = QString::fromLatin1(asset);
                shocked.insert(name, now.value(name) * (dec("1") - fall));
            }
            return engine.apply(shocked);
        };
        QVERIFY(reached(fallen(*d), Bands.threshold(band)));
        QVERIFY(!reached(fallen(*d - step), Bands.threshold(band)));
    }
}

void tst_StressEngine::sameAssetInTwoTieredWallets() {
    // BTC at 50,000 in two wallets with different tables, plus 100,000 USDT in spot:
    //   cross margin: 20 BTC, 100 % to 500,000 then 50 %  → 1,000,000 counts 750,000
    //   PM:           10 BTC, 100 % to 300,000 then 80 %  →   500,000 counts 460,000
    // E = 1,310,000, L = 720,000 (LTV 0.5496). Breakpoints at p = 30,000 (PM) and 25,000 (cross):
    //   p ≥ 30,000:          E = 100,000 + (250,000 + 10p) + (60,000 + 8p) = 410,000 + 18p
    //   25,000 ≤ p ≤ 30,000: E = 100,000 + (250,000 + 10p) + 10p          = 350,000 + 20p
    //   p ≤ 25,000:          E = 100,000 + 20p + 10p                       = 100,000 + 30p
    Case c;
    c.ratios.setCrossMargin(QStringLiteral("BTC"), TieredRatio({tier("0", "500000", "1"),
                                                                tier("500000", nullptr, "0.5")}));
    c.ratios.setPortfolioMargin(
        QStringLiteral("BTC"),
        TieredRatio({tier("0", "300000", "1"), tier("300000", nullptr, "0.8")}));
    c.unit = unit(
        "720000",
        {member("credit@x", MemberRole::Credit, {wallet(WalletType::CrossMargin, "750000")}),
         member("pm@x", MemberRole::Collateral, {wallet(WalletType::PortfolioMargin, "460000")}),
         member("a@x", MemberRole::Collateral, {wallet(WalletType::Spot, "100000")})});
    c.composition = CompositionBuilder::build(
        c.unit,
        {holdings("credit@x", WalletType::CrossMargin, {qty("BTC", "20")}),
         holdings("pm@x", WalletType::PortfolioMargin, {qty("BTC", "10")}),
         holdings("a@x", WalletType::Spot, {qty("USDT", "100000")})},
        prices({{"BTC", "50000"}, {"USDT", "1"}}), c.ratios);
    QCOMPARE(c.composition.coverage, UnitComposition::Coverage::Complete);
    QCOMPARE(c.composition.assets().first().collateralRatio, dec("0.80666667")); // 1,210,000/1.5 M
    const StressEngine engine = c.engine();
    const PriceTrigger btc = engine.triggers().first();
    // warning:     E* = 960,000: (960,000 − 410,000)/18 = 30,555.555… (top stretch)
    QCOMPARE(btc.warningPrice, dec("30555.55555555"));
    // initial:     E* = 900,000: top stretch gives 27,222 < 30,000; middle (550,000/20) = 27,500
    QCOMPARE(btc.initialPrice, dec("27500"));
    // margin call: E* = 800,000: middle gives 22,500 < 25,000; bottom 700,000/30 = 23,333.333…
    QCOMPARE(btc.marginCallPrice, dec("23333.33333333"));
    // liquidation: E* = 720,000: 620,000/30 = 20,666.666…
    QCOMPARE(btc.liquidationPrice, dec("20666.66666666"));
    // Joint fall, x = 1 − d (BTC is the only non-stable asset): bottom stretch
    // E = 100,000 + 1,500,000x; margin call x = 0.4666… → d = 0.5333… → 0.53333334
    QCOMPARE(engine.jointFall(LtvBand::MarginCall), dec("0.53333334"));
}

void tst_StressEngine::disagreeingWalletMovesFromTheExchangeFigure() {
    // The hand case, but ltv-details counts the spot wallet at 990,000 while it composes to
    // 1,000,000: the unit's figures stay the exchange's and only the change is added,
    // E(p) = 990,000 + 10 (p − 60,000) = 390,000 + 10p.
    Case c = handCase();
    c.unit = unit("500000",
                  {member("credit@x", MemberRole::Credit, {wallet(WalletType::CrossMargin, "0")}),
                   member("a@x", MemberRole::Collateral, {wallet(WalletType::Spot, "990000")})});
    c.composition = CompositionBuilder::build(
        c.unit,
        {holdings("credit@x", WalletType::CrossMargin, {}),
         holdings("a@x", WalletType::Spot, {qty("BTC", "10"), qty("USDT", "400000")})},
        prices({{"BTC", "60000"}, {"USDT", "1"}}), c.ratios);
    QCOMPARE(c.composition.wallets.at(1).status, WalletComposition::Status::Disagrees);
    const StressEngine engine = c.engine();
    QCOMPARE(engine.apply({}).netEquity, dec("990000"));
    QCOMPARE(engine.apply(btcAt(dec("50000"))).netEquity, dec("890000"));
    // margin call: (555,555.555… − 390,000)/10 = 16,555.555…
    QCOMPARE(engine.triggers().first().marginCallPrice, dec("16555.55555555"));
}

QTEST_GUILESS_MAIN(tst_StressEngine)
#include "tst_stressengine.moc"
