#include "monitor/monitorstate.h"
#include "report/statedump.h"
#include "sampleunits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loandesk;

class tst_StateDump : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFieldExact();
    void masksEmails();
    void missingFieldIsNullNotZero();
};

static QJsonObject dumpOf(const RiskUnit &unit, bool mask = false) {
    MonitorState state;
    state.applyUnits({unit}, QDateTime::fromMSecsSinceEpoch(1752137106000, QTimeZone::utc()));
    const QJsonDocument doc =
        QJsonDocument::fromJson(StateDump::toJson(state, {mask, QStringLiteral("test")}));
    return doc.object()[u"units"].toArray().at(0).toObject();
}

void tst_StateDump::everyFieldExact() {
    const QJsonObject u = dumpOf(documentedExampleUnit());
    QCOMPARE(u[u"groupId"].toInteger(), 1);
    QCOMPARE(u[u"totalNetEquity"].toString(), QStringLiteral("26.35196946"));
    QCOMPARE(u[u"totalMaintenanceMargin"].toString(), QStringLiteral("0.50106177"));
    QCOMPARE(u[u"totalLiability"].toString(), QStringLiteral("15.30718771"));
    QCOMPARE(u[u"parentAccountFrozenAmount"].toString(), QStringLiteral("8.18753688"));
    QCOMPARE(u[u"maxAllowedBorrowLimit"].toString(), QStringLiteral("16.32397222"));
    QCOMPARE(u[u"maxTransferOutAmount"].toString(), QStringLiteral("0"));
    QCOMPARE(u[u"ltv"].toString(), QStringLiteral("0.592"));
    QCOMPARE(u[u"updateTime"].toInteger(), 1752137105623);
    QCOMPARE(u[u"updateTimeIso"].toString(), QStringLiteral("2025-07-10T08:45:05.623Z"));
    QCOMPARE(u[u"liabilities"].toArray().at(0).toObject()[u"principal"].toString(),
             QStringLiteral("15.30718771"));
    const QJsonArray members = u[u"collateralAccounts"].toArray();
    QCOMPARE(members.size(), 5);
    QCOMPARE(
        members.at(0).toObject()[u"wallets"].toArray().at(1).toObject()[u"netEquity"].toString(),
        QStringLiteral("4.98938226"));
    QCOMPARE(members.at(2).toObject()[u"type"].toString(), QStringLiteral("CREDIT"));
    const QJsonObject computed = u[u"computed"].toObject();
    QCOMPARE(computed[u"ltv"].toString(), QStringLiteral("0.59213347"));
    QCOMPARE(computed[u"band"].toString(), QStringLiteral("normal"));
    QCOMPARE(computed[u"ltvAgreesWithExchange"].toBool(), true);
    QCOMPARE(computed[u"thresholds"].toObject()[u"marginCall"].toString(), QStringLiteral("0.9"));
    // 1 − 0.59213347 / 0.9
    QCOMPARE(
        computed[u"distances"].toObject()[u"marginCall"].toObject()[u"collateralDrop"].toString(),
        QStringLiteral("0.34207392"));
}

void tst_StateDump::masksEmails() {
    const QByteArray raw = QJsonDocument(dumpOf(documentedExampleUnit(), true)).toJson();
    QVERIFY(!raw.contains("collateral001@test.com"));
    QVERIFY(!raw.contains("andrew.kemmer001"));
    QVERIFY(raw.contains("co***01@t***.com"));
}

void tst_StateDump::missingFieldIsNullNotZero() {
    RiskUnit unit = documentedExampleUnit();
    unit.maxAllowedBorrowLimit = Decimal::invalid();
    QVERIFY(dumpOf(unit)[u"maxAllowedBorrowLimit"].isNull());
}

QTEST_GUILESS_MAIN(tst_StateDump)
#include "tst_statedump.moc"
