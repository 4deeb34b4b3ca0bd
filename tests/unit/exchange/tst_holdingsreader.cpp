#include "testhelpers.h"

#include "exchange/holdingsreader.h"

#include <QtTest>

using namespace loandesk;

namespace {

SpotBalance spot(const char *asset, const char *free, const char *locked) {
    return {QString::fromLatin1(asset), dec(free), dec(locked), dec("0"), dec("0")};
}

CrossMarginAsset margin(const char *asset, const char *free, const char *locked,
                        const char *borrowed, const char *interest) {
    const Decimal net = dec(free) + dec(locked) - dec(borrowed) - dec(interest);
    return {QString::fromLatin1(asset), dec(free), dec(locked), dec(borrowed), dec(interest), net};
}

PortfolioBalance pm(const char *asset, const char *free, const char *locked, const char *borrowed,
                    const char *interest, const char *um = "0", const char *umPnl = "0",
                    const char *cm = "0", const char *cmPnl = "0") {
    PortfolioBalance b;
    b.asset = QString::fromLatin1(asset);
    b.crossMarginFree = dec(free);
    b.crossMarginLocked = dec(locked);
    b.crossMarginBorrowed = dec(borrowed);
    b.crossMarginInterest = dec(interest);
    b.crossMarginAsset = b.crossMarginFree + b.crossMarginLocked;
    b.umWalletBalance = dec(um);
    b.umUnrealizedPNL = dec(umPnl);
    b.cmWalletBalance = dec(cm);
    b.cmUnrealizedPNL = dec(cmPnl);
    b.totalWalletBalance = b.crossMarginAsset + b.umWalletBalance + b.cmWalletBalance;
    b.negativeBalance = dec("0");
    return b;
}

AssetQuantity q(const char *asset, const char *quantity) {
    return {QString::fromLatin1(asset), dec(quantity)};
}

} // namespace

// What each wallet holds and owes per asset, read from the exchange's raw balances: the input
// of every collateral figure the desk sees.
class tst_HoldingsReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spotCountsFreeByDefault();
    void spotCanCountLocked();
    void crossMarginHeldAndOwed();
    void portfolioEquityPerAsset();
    void portfolioNegativeEquityIsOwed();
};

void tst_HoldingsReader::spotCountsFreeByDefault() {
    const QList<SpotBalance> balances = {spot("BTC", "1.5", "0.25"), spot("USDT", "0", "100"),
                                         spot("ETH", "0", "0"), spot("SOL", "12.00000001", "0")};
    const WalletHoldings h = HoldingsReader::spotHoldings(QStringLiteral("a@x.com"), balances);
    QCOMPARE(h.email, QStringLiteral("a@x.com"));
    QCOMPARE(h.type, WalletType::Spot);
    QVERIFY(h.available);
    // USDT only locked and ETH zero: nothing of theirs is counted
    QCOMPARE(h.held, (QList<AssetQuantity>{q("BTC", "1.5"), q("SOL", "12.00000001")}));
    QVERIFY(h.owed.isEmpty());
}

void tst_HoldingsReader::spotCanCountLocked() {
    const QList<SpotBalance> balances = {spot("BTC", "1.5", "0.25"), spot("USDT", "0", "100"),
                                         spot("ETH", "0", "0")};
    const WalletHoldings h =
        HoldingsReader::spotHoldings(QStringLiteral("a@x.com"), balances, true);
    QCOMPARE(h.held, (QList<AssetQuantity>{q("BTC", "1.75"), q("USDT", "100")}));
}

void tst_HoldingsReader::crossMarginHeldAndOwed() {
    CrossMarginAccount account;
    // the doc's BNB line, a USDT loan with interest, an asset only owed, one fully flat
    account.assets = {margin("BNB", "2346.5", "0", "201.66666672", "0"),
                      margin("USDT", "1000", "250.5", "300", "0.12345678"),
                      margin("ETH", "0", "0", "0.5", "0.001"), margin("SOL", "0", "0", "0", "0")};
    const WalletHoldings h =
        HoldingsReader::crossMarginHoldings(QStringLiteral("m@x.com"), account);
    QCOMPARE(h.type, WalletType::CrossMargin);
    QVERIFY(h.available);
    QCOMPARE(h.held, (QList<AssetQuantity>{q("BNB", "2346.5"), q("USDT", "1250.5")}));
    QCOMPARE(h.owed, (QList<AssetQuantity>{q("BNB", "201.66666672"), q("USDT", "300.12345678"),
                                           q("ETH", "0.501")}));
}

void tst_HoldingsReader::portfolioEquityPerAsset() {
    // E = free + locked − borrowed − interest + UM wallet + UM PNL + CM wallet + CM PNL
    const PortfolioBalance btc =
        pm("BTC", "2", "0.5", "0.1", "0.001", "0.3", "-0.05", "0.2", "0.01");
    QCOMPARE(HoldingsReader::portfolioEquity(btc), dec("2.859"));
    const QList<PortfolioBalance> balances = {
        btc, pm("USDT", "5000", "0", "0", "0", "1000", "-250"), pm("ETH", "0", "0", "0", "0")};
    const WalletHoldings h = HoldingsReader::portfolioHoldings(QStringLiteral("p@x.com"), balances);
    QCOMPARE(h.type, WalletType::PortfolioMargin);
    QVERIFY(h.available);
    QCOMPARE(h.held, (QList<AssetQuantity>{q("BTC", "2.859"), q("USDT", "5750")}));
    QVERIFY(h.owed.isEmpty());
}

void tst_HoldingsReader::portfolioNegativeEquityIsOwed() {
    // USDT borrowed beyond what is held, and a UM loss that exceeds the USDC wallet
    const QList<PortfolioBalance> balances = {pm("BTC", "1", "0", "0", "0"),
                                              pm("USDT", "100", "0", "1000", "1.5"),
                                              pm("USDC", "0", "0", "0", "0", "50", "-80")};
    const WalletHoldings h = HoldingsReader::portfolioHoldings(QStringLiteral("p@x.com"), balances);
    QCOMPARE(h.held, (QList<AssetQuantity>{q("BTC", "1")}));
    QCOMPARE(h.owed, (QList<AssetQuantity>{q("USDT", "901.5"), q("USDC", "30")}));
}

QTEST_GUILESS_MAIN(tst_HoldingsReader)
#include "tst_holdingsreader.moc"
