#include "collateral/compositionbuilder.h"
#include "collateralfixture.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::fixture;

namespace {

CollateralTier tier(const char *floor, const char *cap, const char *rate) {
    return CollateralTier{dec(floor), cap ? std::optional<Decimal>(dec(cap)) : std::nullopt,
                          dec(rate)};
}

CollateralRatios crossRatios() {
    CollateralRatios ratios;
    ratios.setCrossMargin(QStringLiteral("USDT"), TieredRatio::flat(dec("1")));
    ratios.setCrossMargin(QStringLiteral("ETH"), TieredRatio::flat(dec("0.9")));
    // The API doc's BNX table: 100 % to 13 M, 97.5 % to 20 M; nothing above 20 M here.
    ratios.setCrossMargin(
        QStringLiteral("BNX"),
        TieredRatio({tier("0", "13000000", "1"), tier("13000000", "20000000", "0.975")}));
    return ratios;
}

const QMap<QString, Decimal> Prices =
    prices({{"BTC", "60000"}, {"ETH", "3000"}, {"USDT", "1"}, {"DOGE", "0.2"}, {"BNX", "1"}});

// credit@x cross margin: 100,000 USDT + 20 ETH at 3,000 (ratio 0.9 → 54,000), owes
//   120,000 USDT → NE = 154,000 − 120,000 = 34,000.
// a@x spot: 10 BTC at 60,000 + 400,000 USDT + 5 DOGE (worth 1, counts 0) → NE = 1,000,000.
RiskUnit twoMembers(const char *spotEquity = "1000000") {
    return unit("500000",
                {member("credit@x", MemberRole::Credit, {wallet(WalletType::CrossMargin, "34000")}),
                 member("a@x", MemberRole::Collateral, {wallet(WalletType::Spot, spotEquity)})});
}

QList<WalletHoldings> twoMembersHoldings() {
    return {holdings("credit@x", WalletType::CrossMargin, {qty("USDT", "100000"), qty("ETH", "20")},
                     {qty("USDT", "120000")}),
            holdings("a@x", WalletType::Spot,
                     {qty("USDT", "400000"), qty("DOGE", "5"), qty("BTC", "10")})};
}

} // namespace

class tst_CompositionBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tolerance();
    void completeUnitAssetByAsset();
    void unitAndMemberTotals();
    void disagreementKeepsFiguresAndSaysBoth();
    void smallDifferenceAgrees();
    void unavailableReasons_data();
    void unavailableReasons();
    void partialCoverageNamesTheMissingWallet();
    void zeroEquityUnreadWalletDoesNotMatter();
    void walletNotCountedByTheExchange();
    void nothingValuedIsUnavailable();
    void unpricedSpotTokenTheExchangeIgnoresCountsNothing();
    void coverageKeys();
};

void tst_CompositionBuilder::tolerance() {
    QCOMPARE(CompositionBuilder::tolerance(dec("1000000")), dec("5000")); // 0.5 %
    QCOMPARE(CompositionBuilder::tolerance(dec("-20000")), dec("100"));
    QCOMPARE(CompositionBuilder::tolerance(dec("1")), dec("0.01")); // never below a cent
    QCOMPARE(CompositionBuilder::tolerance(dec("0")), dec("0.01"));
}

void tst_CompositionBuilder::completeUnitAssetByAsset() {
    const UnitComposition c =
        CompositionBuilder::build(twoMembers(), twoMembersHoldings(), Prices, crossRatios());
    QCOMPARE(c.groupId, 7);
    QCOMPARE(c.coverage, UnitComposition::Coverage::Complete);
    QVERIFY(c.reason.isEmpty());
    QCOMPARE(c.wallets.size(), 2);

    const WalletComposition &cross = c.wallets.at(0); // ltv-details' order
    QCOMPARE(cross.email, QStringLiteral("credit@x"));
    QCOMPARE(cross.status, WalletComposition::Status::Complete);
    QCOMPARE(cross.collateralValueUsd, dec("154000"));
    QCOMPARE(cross.liabilityUsd, dec("120000"));
    QCOMPARE(cross.netEquity, dec("34000"));
    QCOMPARE(cross.exchangeNetEquity, dec("34000"));
    QCOMPARE(cross.lines.size(), 2);
    // 100,000 / 154,000 = 0.649350649… ; 54,000 / 154,000 = 0.350649350…
    QCOMPARE(cross.lines.at(0),
             (AssetLine{QStringLiteral("USDT"), dec("100000"), dec("1"), dec("100000"), dec("1"),
                        dec("100000"), dec("0.64935065")}));
    QCOMPARE(cross.lines.at(1),
             (AssetLine{QStringLiteral("ETH"), dec("20"), dec("3000"), dec("60000"), dec("0.9"),
                        dec("54000"), dec("0.35064935")}));
    QCOMPARE(cross.owed.size(), 1);
    QCOMPARE(cross.owed.first().valueUsd, dec("120000"));

    const WalletComposition &spot = c.wallets.at(1);
    QCOMPARE(spot.status, WalletComposition::Status::Complete);
    QCOMPARE(spot.netEquity, dec("1000000"));
    // Largest collateral value first; DOGE is worth 1 USD and counts nothing in spot.
    QCOMPARE(spot.lines.size(), 3);
    QCOMPARE(spot.lines.at(0).asset, QStringLiteral("BTC"));
    QCOMPARE(spot.lines.at(0).share, dec("0.6"));
    QCOMPARE(spot.lines.at(1).asset, QStringLiteral("USDT"));
    QCOMPARE(spot.lines.at(1).share, dec("0.4"));
    QCOMPARE(spot.lines.at(2), (AssetLine{QStringLiteral("DOGE"), dec("5"), dec("0.2"), dec("1"),
                                          dec("0"), dec("0"), dec("0")}));
}

void tst_CompositionBuilder::unitAndMemberTotals() {
    const UnitComposition c =
        CompositionBuilder::build(twoMembers(), twoMembersHoldings(), Prices, crossRatios());
    // Unit CV = 600,000 BTC + 500,000 USDT + 54,000 ETH = 1,154,000
    QCOMPARE(c.collateralValueUsd(), dec("1154000"));
    const QList<AssetLine> assets = c.assets();
    QCOMPARE(assets.size(), 4);
    // BTC 600,000/1,154,000 = 0.519930675…
    QCOMPARE(assets.at(0), (AssetLine{QStringLiteral("BTC"), dec("10"), dec("60000"), dec("600000"),
                                      dec("1"), dec("600000"), dec("0.51993068")}));
    // USDT summed over both wallets: 500,000/1,154,000 = 0.433275563…
    QCOMPARE(assets.at(1), (AssetLine{QStringLiteral("USDT"), dec("500000"), dec("1"),
                                      dec("500000"), dec("1"), dec("500000"), dec("0.43327556")}));
    // ETH blended ratio 0.9; 54,000/1,154,000 = 0.046793760…
    QCOMPARE(assets.at(2), (AssetLine{QStringLiteral("ETH"), dec("20"), dec("3000"), dec("60000"),
                                      dec("0.9"), dec("54000"), dec("0.04679376")}));
    QCOMPARE(assets.at(3).asset, QStringLiteral("DOGE"));
    QCOMPARE(c.stablecoinShare(), dec("0.43327556"));

    const QList<AssetLine> credit = c.memberAssets(QStringLiteral("credit@x"));
    QCOMPARE(credit.size(), 2);
    QCOMPARE(credit.at(0).asset, QStringLiteral("USDT"));
    QCOMPARE(credit.at(0).share, dec("0.64935065"));
    QVERIFY(c.memberAssets(QStringLiteral("nobody@x")).isEmpty());
}

void tst_CompositionBuilder::disagreementKeepsFiguresAndSaysBoth() {
    // ltv-details says 990,000 for the spot wallet; composed 1,000,000; tolerance 4,950.
    const UnitComposition c = CompositionBuilder::build(twoMembers("990000"), twoMembersHoldings(),
                                                        Prices, crossRatios());
    const WalletComposition &spot = c.wallets.at(1);
    QCOMPARE(spot.status, WalletComposition::Status::Disagrees);
    QVERIFY(spot.isValued());
    QCOMPARE(spot.netEquity, dec("1000000"));
    QCOMPARE(spot.exchangeNetEquity, dec("990000"));
    QCOMPARE(spot.lines.size(), 3);
    QVERIFY2(spot.reason.contains(QStringLiteral("1000000.00")) &&
                 spot.reason.contains(QStringLiteral("990000.00")),
             qPrintable(spot.reason));
    QCOMPARE(c.coverage, UnitComposition::Coverage::Complete);
}

void tst_CompositionBuilder::smallDifferenceAgrees() {
    // 996,000 vs 1,000,000: 4,000 ≤ 0.5 % of 996,000 = 4,980
    const UnitComposition c = CompositionBuilder::build(twoMembers("996000"), twoMembersHoldings(),
                                                        Prices, crossRatios());
    QCOMPARE(c.wallets.at(1).status, WalletComposition::Status::Complete);
    // 990,000: 10,000 > 4,950 → disagrees
    const UnitComposition off = CompositionBuilder::build(
        twoMembers("990000"), twoMembersHoldings(), Prices, crossRatios());
    QCOMPARE(off.wallets.at(1).status, WalletComposition::Status::Disagrees);
}

void tst_CompositionBuilder::unavailableReasons_data() {
    QTest::addColumn<QList<WalletHoldings>>("crossHoldings");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not read") << QList<WalletHoldings>{} << "not read yet";
    WalletHoldings failed = holdings("credit@x", WalletType::CrossMargin, {});
    failed.available = false;
    failed.reason = QStringLiteral("the API key may not read sub-account margin balances");
    QTest::newRow("read failed") << QList<WalletHoldings>{failed} << failed.reason;
    failed.reason.clear();
    QTest::newRow("read failed, no reason") << QList<WalletHoldings>{failed} << "not read yet";
    QTest::newRow("no price") << QList<WalletHoldings>{holdings("credit@x", WalletType::CrossMargin,
                                                                {qty("XYZ", "1")})}
                              << "no price for XYZ";
    QTest::newRow("no price for an owed asset")
        << QList<WalletHoldings>{holdings("credit@x", WalletType::CrossMargin,
                                          {qty("USDT", "34000")}, {qty("XYZ", "1")})}
        << "no price for XYZ";
    QTest::newRow("no ratio") << QList<WalletHoldings>{holdings("credit@x", WalletType::CrossMargin,
                                                                {qty("BTC", "1")})}
                              << "the exchange lists no collateral ratio for BTC in Cross Margin";
    QTest::newRow("no tier") << QList<WalletHoldings>{holdings("credit@x", WalletType::CrossMargin,
                                                               {qty("BNX", "25000000")})}
                             << "no collateral tier covers BNX worth 25000000.00 USD";
    QTest::newRow("negative balance")
        << QList<WalletHoldings>{holdings("credit@x", WalletType::CrossMargin,
                                          {qty("USDT", "40000"), qty("ETH", "-2")})}
        << "negative balance of ETH";
    QTest::newRow("wrong wallet type")
        << QList<WalletHoldings>{holdings("credit@x", WalletType::PortfolioMargin,
                                          {qty("USDT", "34000")})}
        << "not read yet";
}

void tst_CompositionBuilder::unavailableReasons() {
    QFETCH(QList<WalletHoldings>, crossHoldings);
    QFETCH(QString, reason);
    QList<WalletHoldings> all = crossHoldings;
    all.append(twoMembersHoldings().at(1)); // the spot wallet stays valued
    const UnitComposition c = CompositionBuilder::build(twoMembers(), all, Prices, crossRatios());
    const WalletComposition &cross = c.wallets.at(0);
    QCOMPARE(cross.status, WalletComposition::Status::Unavailable);
    QVERIFY(!cross.isValued());
    QCOMPARE(cross.reason, reason);
    QVERIFY(cross.lines.isEmpty());
    QCOMPARE(cross.netEquity, dec("0"));
    QCOMPARE(cross.exchangeNetEquity, dec("34000"));
    QCOMPARE(c.coverage, UnitComposition::Coverage::Partial);
    // Only the valued wallet's assets are listed.
    QCOMPARE(c.collateralValueUsd(), dec("1000000"));
}

void tst_CompositionBuilder::partialCoverageNamesTheMissingWallet() {
    const UnitComposition c = CompositionBuilder::build(twoMembers(), {twoMembersHoldings().at(1)},
                                                        Prices, crossRatios());
    QCOMPARE(c.coverage, UnitComposition::Coverage::Partial);
    QVERIFY2(c.reason.contains(QStringLiteral("credit@x")) &&
                 c.reason.contains(QStringLiteral("Cross Margin")) &&
                 c.reason.contains(QStringLiteral("not read yet")),
             qPrintable(c.reason));
    // Without the cross-margin ratio tables nothing there can be valued either.
    const UnitComposition noTables =
        CompositionBuilder::build(twoMembers(), twoMembersHoldings(), Prices, CollateralRatios());
    QCOMPARE(noTables.coverage, UnitComposition::Coverage::Partial);
    QVERIFY2(noTables.wallets.at(0).reason.contains(QStringLiteral("not been read")),
             qPrintable(noTables.wallets.at(0).reason));
}

void tst_CompositionBuilder::zeroEquityUnreadWalletDoesNotMatter() {
    // A Portfolio Margin member with no key and nothing in ltv-details leaves no collateral
    // unexplained.
    RiskUnit u = twoMembers();
    u.members.append(
        member("pm@x", MemberRole::Collateral, {wallet(WalletType::PortfolioMargin, "0")}));
    WalletHoldings noKey = holdings("pm@x", WalletType::PortfolioMargin, {});
    noKey.available = false;
    noKey.reason = QStringLiteral("no read-only key for this Portfolio Margin member");
    QList<WalletHoldings> all = twoMembersHoldings();
    all.append(noKey);
    const UnitComposition c = CompositionBuilder::build(u, all, Prices, crossRatios());
    QCOMPARE(c.wallets.size(), 3);
    QCOMPARE(c.wallets.at(2).reason, noKey.reason);
    QCOMPARE(c.coverage, UnitComposition::Coverage::Complete);
}

void tst_CompositionBuilder::walletNotCountedByTheExchange() {
    // The credit member's spot wallet (enableSpot off) holds 2 BTC, but ltv-details counts 0.
    RiskUnit u = twoMembers();
    u.members[0].wallets.append(wallet(WalletType::Spot, "0"));
    QList<WalletHoldings> all = twoMembersHoldings();
    all.append(holdings("credit@x", WalletType::Spot, {qty("BTC", "2")}));
    const UnitComposition c = CompositionBuilder::build(u, all, Prices, crossRatios());
    const WalletComposition &spot = c.wallets.at(1);
    QCOMPARE(spot.type, WalletType::Spot);
    QCOMPARE(spot.status, WalletComposition::Status::Complete);
    QVERIFY(spot.lines.isEmpty());
    QCOMPARE(spot.netEquity, dec("0"));
    QVERIFY2(spot.reason.contains(QStringLiteral("not counted")), qPrintable(spot.reason));
    QCOMPARE(c.coverage, UnitComposition::Coverage::Complete);
    // The 2 BTC are not collateral: the unit still holds 10 BTC.
    QCOMPARE(c.assets().first().quantity, dec("10"));
    // An empty wallet the exchange counts 0 is simply valued with no lines, no reason.
    all.last().held.clear();
    const UnitComposition empty = CompositionBuilder::build(u, all, Prices, crossRatios());
    QCOMPARE(empty.wallets.at(1).status, WalletComposition::Status::Complete);
    QVERIFY(empty.wallets.at(1).reason.isEmpty());
}

void tst_CompositionBuilder::nothingValuedIsUnavailable() {
    const UnitComposition c = CompositionBuilder::build(twoMembers(), {}, Prices, crossRatios());
    QCOMPARE(c.coverage, UnitComposition::Coverage::Unavailable);
    QVERIFY2(c.reason.contains(QStringLiteral("credit@x")) &&
                 c.reason.contains(QStringLiteral("a@x")),
             qPrintable(c.reason));
    QCOMPARE(c.collateralValueUsd(), dec("0"));
    QVERIFY(c.assets().isEmpty());
    QCOMPARE(c.stablecoinShare(), dec("0"));
}

void tst_CompositionBuilder::unpricedSpotTokenTheExchangeIgnoresCountsNothing() {
    // PEPE is in the spot wallet but is not spot collateral: with no price for it the wallet is
    // still valued (it would count 0 at any price), while BTC and USDT are.
    QList<WalletHoldings> h = twoMembersHoldings();
    h[1].held.append(qty("PEPE", "1000000"));
    const UnitComposition c = CompositionBuilder::build(twoMembers(), h, Prices, crossRatios());
    QCOMPARE(c.coverage, UnitComposition::Coverage::Complete);
    QCOMPARE(c.wallets.at(1).status, WalletComposition::Status::Complete);
    QCOMPARE(c.wallets.at(1).collateralValueUsd, dec("1000000"));
}

void tst_CompositionBuilder::coverageKeys() {
    QCOMPARE(coverageKey(UnitComposition::Coverage::Complete), QStringLiteral("complete"));
    QCOMPARE(coverageKey(UnitComposition::Coverage::Partial), QStringLiteral("partial"));
    QCOMPARE(coverageKey(UnitComposition::Coverage::Unavailable), QStringLiteral("unavailable"));
}

QTEST_GUILESS_MAIN(tst_CompositionBuilder)
#include "tst_compositionbuilder.moc"
