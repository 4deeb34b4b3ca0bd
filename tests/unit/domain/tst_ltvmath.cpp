#include "domain/ltvbands.h"
#include "domain/ltvmath.h"
#include "testhelpers.h"

#include <QtTest>

using namespace loandesk;

class tst_LtvMath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ltvOfDocumentedExample();
    void undefinedWhenNoEquityAboveMargin();
    void collateralDrop_data();
    void collateralDrop();
    void repayReachesTarget();
    void borrowProjection();
    void maxBorrowableStopsAtInitial();
    void bands_data();
    void bands();
};

void tst_LtvMath::ltvOfDocumentedExample() {
    const auto ltv = LtvMath::ltv(dec("15.30718771"), dec("26.35196946"), dec("0.50106177"));
    QVERIFY(ltv);
    QCOMPARE(ltv->rounded(3), dec("0.592"));
}

void tst_LtvMath::undefinedWhenNoEquityAboveMargin() {
    QVERIFY(!LtvMath::ltv(dec("10"), dec("5"), dec("5")));
    QVERIFY(!LtvMath::ltv(dec("10"), dec("4"), dec("5")));
    QCOMPARE(LtvBands().classify(LtvMath::ltv(dec("10"), dec("4"), dec("5"))), LtvBand::Undefined);
}

void tst_LtvMath::collateralDrop_data() {
    QTest::addColumn<QString>("liability");
    QTest::addColumn<QString>("equity");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("drop");
    // LTV 0.5 reaches 0.9 when collateral falls 1 − 0.5/0.9 = 44.44…%
    QTest::newRow("half to margin call") << "50"
                                         << "100"
                                         << "0.9"
                                         << "0.44444444";
    QTest::newRow("to liquidation") << "50"
                                    << "100"
                                    << "1"
                                    << "0.5";
    QTest::newRow("already past") << "95"
                                  << "100"
                                  << "0.9"
                                  << "0";
}

void tst_LtvMath::collateralDrop() {
    QFETCH(QString, liability);
    QFETCH(QString, equity);
    QFETCH(QString, target);
    QFETCH(QString, drop);
    const auto d = LtvMath::collateralDropTo(dec(qPrintable(liability)), dec(qPrintable(equity)),
                                             Decimal(), dec(qPrintable(target)));
    QVERIFY(d);
    QCOMPARE(*d, dec(qPrintable(drop)));
    // applying the drop as a shock lands on the target (within rounding)
    const auto after = LtvMath::projectedLtv(dec(qPrintable(liability)), dec(qPrintable(equity)),
                                             Decimal(), Decimal(), -*d);
    if (d->isPositive())
        QVERIFY((*after - dec(qPrintable(target))).abs() < dec("0.000001"));
}

void tst_LtvMath::repayReachesTarget() {
    const Decimal L = dec("900000"), E = dec("1050000"), M = dec("50000");
    const auto repay = LtvMath::repayToReach(L, E, M, dec("0.75"));
    QVERIFY(repay);
    // (900000 − 750000) / 0.25 = 600000
    QCOMPARE(*repay, dec("600000"));
    QCOMPARE(*LtvMath::projectedLtv(L, E, M, -*repay), dec("0.75"));
    QCOMPARE(*LtvMath::repayToReach(L, E, M, dec("0.95")), Decimal());
    QVERIFY(!LtvMath::repayToReach(L, E, M, dec("1")));
}

void tst_LtvMath::borrowProjection() {
    // borrowed funds raise liability and equity alike: 0/(100) → 100/(200)
    QCOMPARE(*LtvMath::projectedLtv(Decimal(), dec("100"), Decimal(), dec("100")), dec("0.5"));
    // a 20 % shock on top: 100 / (80 + 100)
    QCOMPARE(*LtvMath::projectedLtv(Decimal(), dec("100"), Decimal(), dec("100"), dec("-0.2")),
             dec("0.55555556"));
}

void tst_LtvMath::maxBorrowableStopsAtInitial() {
    // with E − M = 100 and no debt, initial 0.8 allows 400: leverage 4x as the product states
    const Decimal max = LtvMath::maxBorrowable(Decimal(), dec("110"), dec("10"), dec("0.8"));
    QCOMPARE(max, dec("400"));
    QCOMPARE(*LtvMath::projectedLtv(Decimal(), dec("110"), dec("10"), max), dec("0.8"));
    QCOMPARE(LtvMath::maxBorrowable(dec("90"), dec("100"), Decimal(), dec("0.8")), Decimal());
}

void tst_LtvMath::bands_data() {
    QTest::addColumn<QString>("ltv");
    QTest::addColumn<int>("band");
    QTest::newRow("zero") << "0" << int(LtvBand::Normal);
    QTest::newRow("just below warning") << "0.74999999" << int(LtvBand::Normal);
    QTest::newRow("warning") << "0.75" << int(LtvBand::Warning);
    QTest::newRow("at initial") << "0.8" << int(LtvBand::Warning);
    QTest::newRow("above initial") << "0.80000001" << int(LtvBand::AboveInitial);
    QTest::newRow("margin call") << "0.9" << int(LtvBand::MarginCall);
    QTest::newRow("liquidation") << "1" << int(LtvBand::Liquidation);
    QTest::newRow("way past") << "3.5" << int(LtvBand::Liquidation);
}

void tst_LtvMath::bands() {
    QFETCH(QString, ltv);
    QFETCH(int, band);
    QCOMPARE(int(LtvBands().classify(dec(qPrintable(ltv)))), band);
    QVERIFY(LtvBands().isValid());
    LtvBands bad;
    bad.marginCall = dec("0.7");
    QVERIFY(!bad.isValid());
}

QTEST_GUILESS_MAIN(tst_LtvMath)
#include "tst_ltvmath.moc"
