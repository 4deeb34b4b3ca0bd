#include "collateral/equitycurve.h"
#include "testhelpers.h"

#include <QtTest>

using namespace loandesk;

namespace {

CollateralTier tier(const char *floor, const char *cap, const char *rate) {
    return CollateralTier{dec(floor), cap ? std::optional<Decimal>(dec(cap)) : std::nullopt,
                          dec(rate)};
}

// 100 % to 1,000, nothing published for 1,000–2,000, 90 % from 2,000.
TieredRatio gapTable() {
    return TieredRatio({tier("0", "1000", "1"), tier("2000", nullptr, "0.9")});
}

Decimal solved(const std::optional<EquityCurve::Fraction> &x) {
    return x ? x->numerator.dividedBy(x->denominator, 8) : Decimal::invalid();
}

} // namespace

class tst_EquityCurve : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void uncoveredValueCountsNothingUnderAShock();
    void solvesAcrossAGap();
    void unreachableDownToZero();
    void netShortAssetHasNoTriggerBelow();
};

void tst_EquityCurve::uncoveredValueCountsNothingUnderAShock() {
    QCOMPARE(EquityCurve::coveredValue(gapTable(), dec("500")), dec("500"));
    QCOMPARE(EquityCurve::coveredValue(gapTable(), dec("1500")), dec("1000"));
    // 1,000 + 500 × 0.9 = 1,450
    QCOMPARE(EquityCurve::coveredValue(gapTable(), dec("2500")), dec("1450"));
    // Above the FAQ table's last cap (120 M) nothing more counts: 119.5 M.
    const TieredRatio faq({tier("0", "100000000", "1"), tier("100000000", "120000000", "0.975")});
    QCOMPARE(EquityCurve::coveredValue(faq, dec("130000000")), dec("119500000"));
    QCOMPARE(EquityCurve::coveredValue(TieredRatio(), dec("10")), dec("0"));
}

void tst_EquityCurve::solvesAcrossAGap() {
    // One unit of x is worth 1 USD under the gap table; x = 2,500 now, so E = 1,450.
    // E ≤ 900 (L = 900, M = 0, T = 1): the top piece stays ≥ 1,000, the gap is flat at 1,000,
    // the bottom piece E = x gives x = 900.
    EquityCurve curve(dec("1450"), dec("2500"));
    curve.addHolding(dec("1"), gapTable());
    QCOMPARE(solved(curve.solveDown(dec("900"), dec("0"), dec("1"))), dec("900"));
    // T = 0.9 with M = 100: 0.9 (E − 100) ≤ 900 → E ≤ 1,100 → top piece:
    // 1,000 + 0.9 (x − 2,000) = 1,100 → x = 2,111.111…
    QCOMPARE(solved(curve.solveDown(dec("900"), dec("100"), dec("0.9"))), dec("2111.11111111"));
}

void tst_EquityCurve::unreachableDownToZero() {
    // 500 of other equity that does not move: E(x) ≥ 500 > 400.
    EquityCurve curve(dec("1950"), dec("2500"));
    curve.addHolding(dec("1"), gapTable());
    QVERIFY(!curve.solveDown(dec("400"), dec("0"), dec("1")));
    QVERIFY(curve.solveDown(dec("600"), dec("0"), dec("1")));
}

void tst_EquityCurve::netShortAssetHasNoTriggerBelow() {
    // Owing 2 units per x while holding 1 at rate 1: E falls as x rises, so it never falls to
    // a threshold on the way down.
    EquityCurve curve(dec("500"), dec("100"));
    curve.addHolding(dec("1"), TieredRatio::flat(dec("1")));
    curve.addLiability(dec("2"));
    QVERIFY(!curve.solveDown(dec("1000"), dec("0"), dec("1")));
}

QTEST_GUILESS_MAIN(tst_EquityCurve)
#include "tst_equitycurve.moc"
