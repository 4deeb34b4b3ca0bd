#include "domain/riskunit.h"
#include "sampleunits.h"

#include <QtTest>

using namespace loandesk;

class tst_RiskUnit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedExampleIsConsistent();
    void detectsDisagreement();
};

static RiskUnit documentedExample() {
    return documentedExampleUnit();
}

void tst_RiskUnit::documentedExampleIsConsistent() {
    const RiskUnit u = documentedExample();
    QCOMPARE(u.memberNetEquity(), u.totalNetEquity);
    QCOMPARE(u.memberMaintenanceMargin(), u.totalMaintenanceMargin);
    QCOMPARE(u.liabilitySum(), u.totalLiability);
    QVERIFY(!u.ltvDisagrees());
    QCOMPARE(u.creditMember()->email, QStringLiteral("CREDIT20241120@test.com"));
}

void tst_RiskUnit::detectsDisagreement() {
    RiskUnit u = documentedExample();
    u.ltv = dec("0.62");
    QVERIFY(u.ltvDisagrees());
    u.ltv = dec("0.5921");
    QVERIFY(!u.ltvDisagrees());
}

QTEST_GUILESS_MAIN(tst_RiskUnit)
#include "tst_riskunit.moc"
