#include "collateral/collateralratios.h"
#include "collateral/tieredratio.h"
#include "testhelpers.h"

#include <QtTest>

using namespace loandesk;

namespace {

CollateralTier tier(const char *floor, const char *cap, const char *rate) {
    return CollateralTier{dec(floor), cap ? std::optional<Decimal>(dec(cap)) : std::nullopt,
                          dec(rate)};
}

// Exchange FAQ "Cross Margin Collateral Haircuts": BTC at 100 % for 0–100 M, 97.5 % for
// 100 M–120 M.
TieredRatio faqTable() {
    return TieredRatio({tier("0", "100000000", "1"), tier("100000000", "120000000", "0.975")});
}

// The API doc's BNX table: 100 % to 13 M, 97.5 % to 20 M, 0 above.
TieredRatio bnxTable() {
    return TieredRatio({tier("0", "13000000", "1"), tier("13000000", "20000000", "0.975"),
                        tier("20000000", nullptr, "0")});
}

} // namespace

class tst_TieredRatio : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void collateralValue_data();
    void collateralValue();
    void tiersAreSortedOnConstruction();
    void breakpointsAndMarginalRate();
    void spotRatiosFollowTheFaq();
    void marginTablesComeFromTheExchange();
};

void tst_TieredRatio::collateralValue_data() {
    QTest::addColumn<TieredRatio>("table");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // empty: no tier covers the value

    // 100,000,000 × 1 + 20,000,000 × 0.975 = 119,500,000 (the FAQ's own result).
    QTest::newRow("faq 6000 BTC at 20000") << faqTable() << "120000000"
                                           << "119500000";
    QTest::newRow("faq inside first tier") << faqTable() << "50000000.5"
                                           << "50000000.5";
    QTest::newRow("faq at the floor of tier 2") << faqTable() << "100000000"
                                                << "100000000";
    // 100,000,000 + 10,000,000.01 × 0.975 = 109,750,000.00975
    QTest::newRow("faq inside tier 2") << faqTable() << "110000000.01"
                                       << "109750000.00975";
    QTest::newRow("faq above the last cap") << faqTable() << "120000000.01"
                                            << "";
    // 13,000,000 + 7,000,000 × 0.975 = 19,825,000; a rate of 0 makes the rest worthless.
    QTest::newRow("bnx 25M") << bnxTable() << "25000000"
                             << "19825000";
    QTest::newRow("bnx 30M worth no more") << bnxTable() << "30000000"
                                           << "19825000";
    // Tiers 0–1,000 at 1 and from 2,000 at 0.9: 1,000–2,000 is a gap.
    const TieredRatio gap({tier("0", "1000", "1"), tier("2000", nullptr, "0.9")});
    QTest::newRow("gap: below") << gap << "999.99"
                                << "999.99";
    QTest::newRow("gap: at its edge") << gap << "1000"
                                      << "1000";
    QTest::newRow("gap: inside") << gap << "1500"
                                 << "";
    QTest::newRow("gap: through it") << gap << "2500"
                                     << "";
    const TieredRatio fromHundred({tier("100", nullptr, "0.8")});
    QTest::newRow("first floor above 0") << fromHundred << "50"
                                         << "";
    QTest::newRow("zero needs no tier") << fromHundred << "0"
                                        << "0";
    QTest::newRow("empty table") << TieredRatio() << "1"
                                 << "";
    QTest::newRow("negative value") << faqTable() << "-1"
                                    << "";
    QTest::newRow("flat 0.95") << TieredRatio::flat(dec("0.95")) << "1234.56"
                               << "1172.832";
}

void tst_TieredRatio::collateralValue() {
    QFETCH(TieredRatio, table);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const std::optional<Decimal> cv = table.collateralValue(*Decimal::fromString(value));
    if (expected.isEmpty()) {
        QVERIFY2(!cv, qPrintable(cv ? cv->toString() : QString()));
    } else {
        QVERIFY(cv);
        QCOMPARE(*cv, *Decimal::fromString(expected));
    }
}

void tst_TieredRatio::tiersAreSortedOnConstruction() {
    const TieredRatio table({tier("100000000", "120000000", "0.975"), tier("0", "100000000", "1")});
    QCOMPARE(table, faqTable());
    QCOMPARE(table.collateralValue(dec("120000000")), dec("119500000"));
}

void tst_TieredRatio::breakpointsAndMarginalRate() {
    QCOMPARE(faqTable().breakpoints(), QList<Decimal>{dec("100000000")});
    QCOMPARE(bnxTable().breakpoints(), (QList<Decimal>{dec("13000000"), dec("20000000")}));
    QCOMPARE(faqTable().marginalRate(dec("0")), dec("1"));
    QCOMPARE(faqTable().marginalRate(dec("99999999.99")), dec("1"));
    QCOMPARE(faqTable().marginalRate(dec("100000000")), dec("0.975"));
    QVERIFY(!faqTable().marginalRate(dec("120000000")));
    QCOMPARE(bnxTable().marginalRate(dec("50000000")), dec("0"));
    const TieredRatio gap({tier("0", "1000", "1"), tier("2000", nullptr, "0.9")});
    QVERIFY(!gap.marginalRate(dec("1500")));
}

void tst_TieredRatio::spotRatiosFollowTheFaq() {
    const CollateralRatios ratios;
    QVERIFY(ratios.hasTable(WalletType::Spot));
    for (const char *asset : {"BTC", "ETH", "USDT", "USDC", "SOL", "BNB"}) {
        const QString name = QString::fromLatin1(asset);
        QVERIFY(CollateralRatios::isSpotCollateral(name));
        QCOMPARE(ratios.ratio(WalletType::Spot, name)->collateralValue(dec("1000")), dec("1000"));
    }
    QVERIFY(!CollateralRatios::isSpotCollateral(QStringLiteral("DOGE")));
    QCOMPARE(ratios.ratio(WalletType::Spot, QStringLiteral("DOGE"))->collateralValue(dec("1000")),
             dec("0"));
    QVERIFY(CollateralRatios::isStablecoin(QStringLiteral("USDC")));
    QVERIFY(!CollateralRatios::isStablecoin(QStringLiteral("BTC")));
}

void tst_TieredRatio::marginTablesComeFromTheExchange() {
    CollateralRatios ratios;
    QVERIFY(!ratios.hasTable(WalletType::CrossMargin));
    QVERIFY(!ratios.ratio(WalletType::CrossMargin, QStringLiteral("BTC")));
    ratios.setCrossMargin(QStringLiteral("BTC"), faqTable());
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-02T12:00:00Z"), Qt::ISODate);
    ratios.setFetchedAt(WalletType::CrossMargin, at);
    QVERIFY(ratios.hasTable(WalletType::CrossMargin));
    QCOMPARE(ratios.fetchedAt(WalletType::CrossMargin), at);
    QCOMPARE(*ratios.ratio(WalletType::CrossMargin, QStringLiteral("BTC")), faqTable());
    QVERIFY(!ratios.ratio(WalletType::PortfolioMargin, QStringLiteral("BTC")));
    QVERIFY(!ratios.hasTable(WalletType::PortfolioMargin));
}

QTEST_GUILESS_MAIN(tst_TieredRatio)
#include "tst_tieredratio.moc"
