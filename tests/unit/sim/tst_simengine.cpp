#include "sim/scenario.h"
#include "sim/simengine.h"
#include "sim/valuation.h"
#include "testhelpers.h"

#include <QTest>

using namespace loandesk;
using namespace loandesk::sim;

namespace {

// Not on an hour boundary, so the first interest hour is 1 750 003 200 000.
constexpr qint64 Start = 1750000000000;
constexpr qint64 FirstHour = 1750003200000;
constexpr qint64 Alpha = 10001;
const QString Usdt = QStringLiteral("USDT");

Scenario calm() {
    QString error;
    const std::optional<Scenario> s = Scenario::load(QStringLiteral("calm"), &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

// Prices at which unit 10001's LTV is about 0.98: above initial, below liquidation.
void crash(SimEngine &engine, const char *btc, const char *eth, const char *sol, const char *bnb) {
    engine.setPrice(QStringLiteral("BTC"), dec(btc));
    engine.setPrice(QStringLiteral("ETH"), dec(eth));
    engine.setPrice(QStringLiteral("SOL"), dec(sol));
    engine.setPrice(QStringLiteral("BNB"), dec(bnb));
}

} // namespace

class tst_SimEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void figuresFollowFromHoldings() {
        SimEngine engine(calm(), 1, Start);
        const RiskUnit u = engine.riskUnit(Alpha);
        QCOMPARE(u.groupId, Alpha);
        QCOMPARE(u.members.size(), 4);
        // collateral.alpha1: spot 3 BTC at 65000 and 130 ETH at 3500; margin 200 ETH × 3500 × 0.95;
        // MM 100 ETH × 2 %.
        const CollateralAccount &alpha1 = u.members.at(1);
        QCOMPARE(alpha1.wallets.at(0).netEquity, dec("650000"));
        QCOMPARE(alpha1.wallets.at(1).type, WalletType::CrossMargin);
        QCOMPARE(alpha1.wallets.at(1).netEquity, dec("665000"));
        QCOMPARE(alpha1.wallets.at(1).maintainMargin, dec("7000"));
        // Spot not enabled as collateral → listed with zero equity.
        QCOMPARE(u.members.at(3).wallets.at(0).netEquity, Decimal());
        QCOMPARE(u.totalLiability, dec("2000125.5"));
    }

    void totalsAreExactSumsAndLtvFollowsTheFormula() {
        SimEngine engine(calm(), 9, Start);
        engine.advanceTo(Start + 30 * 60 * 1000); // 900 ticks of random walk
        for (const qint64 id : engine.groupIds()) {
            const RiskUnit u = engine.riskUnit(id);
            QCOMPARE(u.totalNetEquity, u.memberNetEquity());
            QCOMPARE(u.totalMaintenanceMargin, u.memberMaintenanceMargin());
            QCOMPARE(u.totalLiability, u.liabilitySum());
            const Decimal exact =
                u.totalLiability.dividedBy(u.totalNetEquity - u.totalMaintenanceMargin, 18);
            QCOMPARE(u.ltv, exact.rounded(3));
            QVERIFY(!u.ltvDisagrees());
            QCOMPARE(u.maxAllowedBorrowLimit, engine.maxBorrowable(id));
            QCOMPARE(u.updateTimeMs, Start + 30 * 60 * 1000);
        }
    }

    void sameSeedSameState() {
        SimEngine a(calm(), 5, Start);
        SimEngine b(calm(), 5, Start);
        a.advanceTo(Start + 600000);
        b.advanceTo(Start + 300000);
        b.advanceTo(Start + 600000);
        QCOMPARE(a.riskUnit(Alpha), b.riskUnit(Alpha));
    }

    void borrowRaisesLiabilityAndEquityByTheAmount() {
        SimEngine engine(calm(), 1, Start);
        const RiskUnit before = engine.riskUnit(Alpha);
        SimEngine::Executed done;
        QVERIFY(!engine.borrow(Alpha, Usdt, dec("1000.12345678"), &done));
        const RiskUnit after = engine.riskUnit(Alpha);
        QCOMPARE(after.totalLiability, before.totalLiability + dec("1000.12345678"));
        QCOMPARE(after.totalNetEquity, before.totalNetEquity + dec("1000.12345678"));
        QCOMPARE(after.totalMaintenanceMargin, before.totalMaintenanceMargin);
        const BorrowRepayRecord &row = engine.unit(Alpha)->borrowRepay.constLast();
        QCOMPARE(row.type, BorrowRepayRecord::Type::Borrow);
        QCOMPARE(row.tranId, done.tranId);
        QCOMPARE(row.amount, dec("1000.12345678"));
    }

    void borrowRejections() {
        SimEngine engine(calm(), 1, Start);
        // Headroom is the credit limit: 5 000 000 − 2 000 000 principal.
        QCOMPARE(engine.maxBorrowable(Alpha), dec("3000000"));
        std::optional<SimError> e = engine.borrow(Alpha, Usdt, dec("3000000.00000001"), nullptr);
        QVERIFY(e);
        QCOMPARE(e->code, -27009);
        QVERIFY2(e->msg.contains(u"max for USDT is 3000000.00000000, requested 3000000.00000001"),
                 qPrintable(e->msg));
        e = engine.borrow(Alpha, QStringLiteral("BTC"), dec("1"), nullptr);
        QCOMPARE(e->code, -27017);
        e = engine.borrow(Alpha, Usdt, dec("1.000000001"), nullptr);
        QCOMPARE(e->code, -27016);
        e = engine.borrow(Alpha, Usdt, dec("0"), nullptr);
        QCOMPARE(e->code, -1130);
        QVERIFY(!engine.borrow(Alpha, Usdt, dec("3000000"), nullptr));
    }

    void borrowBlockedAboveInitialLtv() {
        SimEngine engine(calm(), 1, Start);
        crash(engine, "30000", "1850", "70", "280");
        const RiskUnit u = engine.riskUnit(Alpha);
        QVERIFY(u.ltv > dec("0.8") && u.ltv < dec("1"));
        QCOMPARE(engine.maxBorrowable(Alpha), Decimal());
        const std::optional<SimError> e = engine.borrow(Alpha, Usdt, dec("1"), nullptr);
        QVERIFY(e);
        QCOMPARE(e->code, -27020);
        QVERIFY2(e->msg.contains(u.ltv.toString(3)) && e->msg.contains(u"0.8"), qPrintable(e->msg));
    }

    void repayIsMinOfAvailableAndRequested() {
        SimEngine engine(calm(), 1, Start);
        const RiskUnit before = engine.riskUnit(Alpha);
        SimEngine::Executed done;
        // The credit margin wallet holds 67 500 USDT; interest (125.5) is paid first.
        QVERIFY(!engine.repay(Alpha, Usdt, dec("500000"), SimEngine::RepayFrom::Margin, &done));
        QCOMPARE(done.amount, dec("67500"));
        const RiskUnit after = engine.riskUnit(Alpha);
        QCOMPARE(after.totalLiability, before.totalLiability - dec("67500"));
        QCOMPARE(after.totalNetEquity, before.totalNetEquity - dec("67500"));
        QCOMPARE(after.liabilities.at(0).interest, Decimal());
        QCOMPARE(after.liabilities.at(0).principal, dec("1932625.5"));
        const BorrowRepayRecord &row = engine.unit(Alpha)->borrowRepay.constLast();
        QCOMPARE(row.type, BorrowRepayRecord::Type::NormalRepay);
        QCOMPARE(row.interest, dec("125.5"));
        QCOMPARE(row.principal, dec("67374.5"));

        // From the spot wallet: 25 000 available, 100 requested → 100.
        QVERIFY(!engine.repay(Alpha, Usdt, dec("100"), SimEngine::RepayFrom::Spot, &done));
        QCOMPARE(done.amount, dec("100"));
        // Margin wallet now empty.
        const std::optional<SimError> e =
            engine.repay(Alpha, Usdt, dec("1"), SimEngine::RepayFrom::Margin, nullptr);
        QCOMPARE(e->code, -27015);
        // No USDC liability in this unit.
        QCOMPARE(engine
                     .repay(Alpha, QStringLiteral("USDC"), dec("1"), SimEngine::RepayFrom::Margin,
                            nullptr)
                     ->code,
                 -27011);
    }

    void interestAccruesHourly() {
        SimEngine engine(calm(), 1, Start);
        engine.advanceTo(FirstHour - 1);
        QVERIFY(engine.unit(Alpha)->interest.isEmpty());
        engine.advanceTo(FirstHour + 2 * 3600000 + 10);
        const QList<InterestRecord> rows = engine.unit(Alpha)->interest;
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows.at(i).timestampMs, FirstHour + i * 3600000LL);
            QCOMPARE(rows.at(i).principal, dec("2000000"));
            QCOMPARE(rows.at(i).interestRate, dec("0.00000833")); // shown rounded to 8 places
            QCOMPARE(rows.at(i).interest, dec("16.6666"));
        }
        QCOMPARE(engine.riskUnit(Alpha).liabilities.at(0).interest, dec("175.4998"));
    }

    void liquidationAtTheLiquidationLtv() {
        SimEngine engine(calm(), 1, Start);
        crash(engine, "30000", "1850", "70", "280");
        QVERIFY(engine.unit(Alpha)->liquidations.isEmpty()); // ≈ 0.98: not yet
        // LTV ≈ 1.007, and selling everything (≈ 2 100 000) still covers the liability.
        engine.setPrice(QStringLiteral("BTC"), dec("22000"));
        const UnitState *u = engine.unit(Alpha);
        QCOMPARE(u->liquidations.size(), 1);
        const LiquidationRecord &record = u->liquidations.constFirst();
        QVERIFY(record.startLtv >= dec("1"));
        QCOMPARE(record.totalLiability, dec("2000125.5"));
        QVERIFY(!record.snapshots.isEmpty());
        QCOMPARE(record.endTimeMs - record.startTimeMs, u->liquidationDurationMs);
        // Everything repaid, interest first.
        const RiskUnit after = engine.riskUnit(Alpha);
        QCOMPARE(after.totalLiability, Decimal());
        const BorrowRepayRecord &force = u->borrowRepay.constLast();
        QCOMPARE(force.type, BorrowRepayRecord::Type::ForceRepay);
        QCOMPARE(force.interest, dec("125.5"));
        QCOMPARE(force.amount, dec("2000125.5"));
        QVERIFY(!u->transfers.isEmpty()); // collateral members' funds moved to the credit account

        // While the liquidation lasts, borrow and repay are refused.
        QCOMPARE(engine.borrow(Alpha, Usdt, dec("1"), nullptr)->code, -27024);
        engine.advanceTo(record.endTimeMs);
        QVERIFY(!engine.borrow(Alpha, Usdt, dec("1"), nullptr));
    }

    void lateOrdersRunInTimeOrderUnderTheRulesOfTheirMoment() {
        SimEngine engine(calm(), 1, Start);
        const Decimal before = engine.riskUnit(Alpha).totalLiability;
        engine.scheduleOrder(Start + 20000,
                             [](SimEngine &e) { e.borrow(Alpha, Usdt, dec("200"), nullptr); });
        engine.scheduleOrder(Start + 10000,
                             [](SimEngine &e) { e.borrow(Alpha, Usdt, dec("100"), nullptr); });
        // Over max-borrowable when it runs: refused then, and it leaves no record.
        engine.scheduleOrder(
            Start + 30000, [](SimEngine &e) { e.borrow(Alpha, Usdt, dec("900000000"), nullptr); });
        const qsizetype rows = engine.unit(Alpha)->borrowRepay.size();
        engine.advanceTo(Start + 9999);
        QCOMPARE(engine.riskUnit(Alpha).totalLiability, before);
        engine.advanceTo(Start + 60000);
        QCOMPARE(engine.scheduledOrders(), 0);
        QCOMPARE(engine.riskUnit(Alpha).totalLiability, before + dec("300"));
        const QList<BorrowRepayRecord> &records = engine.unit(Alpha)->borrowRepay;
        QCOMPARE(records.size(), rows + 2);
        QCOMPARE(records.at(rows).amount, dec("100"));
        QCOMPARE(records.at(rows).timestampMs, Start + 10000);
        QCOMPARE(records.at(rows + 1).timestampMs, Start + 20000);
    }

    void aLateRecordIsPublishedAfterItsDelay() {
        SimEngine engine(calm(), 1, Start);
        SimEngine::Executed done;
        QVERIFY(!engine.borrow(Alpha, Usdt, dec("5"), &done, 15000));
        const UnitState &unit = *engine.unit(Alpha);
        QVERIFY(!unit.isPublished(unit.borrowRepay.last(), Start + 14999));
        QVERIFY(unit.isPublished(unit.borrowRepay.last(), Start + 15000));
        QVERIFY(!engine.borrow(Alpha, Usdt, dec("6"), &done));
        QVERIFY(unit.isPublished(unit.borrowRepay.last(), Start)); // without a delay: at once
    }
};

QTEST_GUILESS_MAIN(tst_SimEngine)
#include "tst_simengine.moc"
