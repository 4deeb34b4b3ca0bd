#include "domain/riskunit.h"
#include "testhelpers.h"

#include <QtTest>

using namespace loandesk;

class tst_RiskUnit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedExampleIsConsistent();
    void detectsDisagreement();
};

static RiskUnit documentedExample() {
    RiskUnit u;
    u.groupId = 1;
    u.ltv = dec("0.592");
    u.totalNetEquity = dec("26.35196946");
    u.totalMaintenanceMargin = dec("0.50106177");
    u.totalLiability = dec("15.30718771");
    u.liabilities = {{QStringLiteral("USDT"), dec("15.30718771"), dec("0")}};
    auto member = [](const char *email, MemberRole role, WalletType margin, const char *spotEq,
                     const char *marginEq, const char *marginMm) {
        return CollateralAccount{
            QString::fromLatin1(email),
            role,
            {{WalletType::Spot, dec(spotEq), Decimal()}, {margin, dec(marginEq), dec(marginMm)}}};
    };
    u.members = {
        member("collateral001@test.com", MemberRole::Collateral, WalletType::CrossMargin, "5",
               "4.98938226", "0.50106177"),
        member("collateral003@test.com", MemberRole::Collateral, WalletType::CrossMargin,
               "5.4284319", "0", "0"),
        member("CREDIT20241120@test.com", MemberRole::Credit, WalletType::PortfolioMargin, "0",
               "4.93362203", "0"),
        member("collateral004l@test.com", MemberRole::Collateral, WalletType::PortfolioMargin, "0",
               "1.00053327", "0"),
        member("collatera005@test.com", MemberRole::Collateral, WalletType::CrossMargin, "5", "0",
               "0"),
    };
    return u;
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
