#include "models/pricetriggertext.h"

#include "testhelpers.h"

#include <QtTest>

using namespace loandesk;

class tst_PriceTriggerText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void assetLineNamesPriceFallAndBand();
    void pricesRoundUpAndFallsDown();
    void unreachableBandsSaySo();
    void jointFall();
};

static PriceTrigger btc() {
    PriceTrigger t;
    t.asset = QStringLiteral("BTC");
    t.priceUsd = dec("93500");
    t.marginCallPrice = dec("71420");
    t.liquidationPrice = dec("64278.00000001");
    return t;
}

void tst_PriceTriggerText::assetLineNamesPriceFallAndBand() {
    // 1 − 71,420 / 93,500 = 23.61 % → shown as −23.6 %
    QCOMPARE(PriceTriggerText::assetLine(btc(), LtvBand::MarginCall),
             QStringLiteral("BTC 71,420.00 (−23.6 %) → margin call"));
}

void tst_PriceTriggerText::pricesRoundUpAndFallsDown() {
    // The band is reached at 64,278.00000001: the cent above it is printed, never the one below.
    QCOMPARE(PriceTriggerText::assetLine(btc(), LtvBand::Liquidation),
             QStringLiteral("BTC 64,278.01 (−31.2 %) → liquidation"));
    QCOMPARE(PriceTriggerText::fall(dec("0.23699")), QStringLiteral("−23.6 %"));
    QCOMPARE(PriceTriggerText::price(dec("0.123456789")), QStringLiteral("0.123457"));
}

void tst_PriceTriggerText::unreachableBandsSaySo() {
    QCOMPARE(PriceTriggerText::assetLine(btc(), LtvBand::Warning),
             QStringLiteral("BTC alone cannot reach warning"));
}

void tst_PriceTriggerText::jointFall() {
    QCOMPARE(PriceTriggerText::jointLine(dec("0.18259"), LtvBand::AboveInitial),
             QStringLiteral("All non-stable −18.2 % → initial LTV"));
    QCOMPARE(PriceTriggerText::jointLine(std::nullopt, LtvBand::Liquidation),
             QStringLiteral("All non-stable together cannot reach liquidation"));
}

QTEST_GUILESS_MAIN(tst_PriceTriggerText)
#include "tst_pricetriggertext.moc"
