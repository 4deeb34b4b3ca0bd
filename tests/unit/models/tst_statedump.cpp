#include "monitor/monitorstate.h"
#include "report/collateralsnapshot.h"
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
    void schemaVersionTwo();
    void v1FieldsUnchangedWithoutComposition();
    void collateralAssetsAndTriggersExact();
    void unreachableBandIsNull();
    void partialCompositionSaysWhyAndMasksEmails();
};

static QJsonObject dumpOf(const RiskUnit &unit, bool mask = false,
                          const CollateralSnapshot &collateral = {}, QJsonObject *root = nullptr) {
    MonitorState state;
    state.applyUnits({unit}, QDateTime::fromMSecsSinceEpoch(1752137106000, QTimeZone::utc()));
    const QJsonDocument doc = QJsonDocument::fromJson(
        StateDump::toJson(state, collateral, {mask, QStringLiteral("test")}));
    if (root)
        *root = doc.object();
    return doc.object()[u"units"].toArray().at(0).toObject();
}

static AssetLine line(const char *asset, const char *qty, const char *price, const char *ratio) {
    const Decimal value = dec(qty) * dec(price);
    return {QString::fromLatin1(asset), dec(qty), dec(price), value, dec(ratio),
            value * dec(ratio),         Decimal()};
}

static WalletComposition wallet(const char *email, WalletType type, QList<AssetLine> lines) {
    WalletComposition w;
    w.email = QString::fromLatin1(email);
    w.type = type;
    w.status = WalletComposition::Status::Complete;
    w.lines = lines;
    for (const AssetLine &l : lines)
        w.collateralValueUsd += l.collateralValueUsd;
    w.netEquity = w.collateralValueUsd;
    w.exchangeNetEquity = w.netEquity;
    return w;
}

// A unit holding BTC in two members' wallets (spot and cross margin, haircut), ETH and USDT.
static CollateralSnapshot handBuilt(UnitComposition::Coverage coverage = {},
                                    const QString &reason = {}) {
    CollateralView v;
    v.composition.groupId = 1;
    v.composition.coverage = coverage;
    v.composition.reason = reason;
    v.composition.pricedAt = QDateTime::fromMSecsSinceEpoch(1752137106500, QTimeZone::utc());
    v.composition.wallets = {
        wallet("collateral001@test.com", WalletType::Spot, {line("BTC", "0.00005", "100000", "1")}),
        wallet("collateral001@test.com", WalletType::CrossMargin,
               {line("BTC", "0.00004", "100000", "0.95"), line("ETH", "0.0005", "2500.5", "0.9")}),
        wallet("collateral003@test.com", WalletType::Spot, {line("USDT", "5.4284319", "1", "1")}),
    };
    PriceTrigger btc{QStringLiteral("BTC"), dec("100000"), dec("71420.12345679"),
                     dec("60000.5"),        dec("52500"),  std::nullopt};
    PriceTrigger eth{QStringLiteral("ETH"), dec("2500.5"), std::nullopt,
                     std::nullopt,          std::nullopt,  std::nullopt};
    v.triggers = {btc, eth};
    CollateralSnapshot c;
    c.views.insert(1, v);
    return c;
}

static QJsonObject assetEntry(const QJsonObject &computed, const QString &asset,
                              const char *array = "collateralAssets") {
    for (const QJsonValue &a : computed[QLatin1String(array)].toArray())
        if (a.toObject()[u"asset"].toString() == asset)
            return a.toObject();
    return {};
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

void tst_StateDump::schemaVersionTwo() {
    QJsonObject root;
    dumpOf(documentedExampleUnit(), false, {}, &root);
    QCOMPARE(root[u"schemaVersion"].toInt(), 2);
}

// A v1 reader must find every v1 field exactly as v1 wrote it: the unit minus the four new keys
// is byte for byte the unit LoanDesk 0.1.0 dumped.
void tst_StateDump::v1FieldsUnchangedWithoutComposition() {
    QJsonObject unit = dumpOf(documentedExampleUnit());
    QJsonObject computed = unit[u"computed"].toObject();
    QCOMPARE(computed[u"composition"].toString(), QStringLiteral("unavailable"));
    QVERIFY(!computed[u"compositionReason"].toString().isEmpty());
    QCOMPARE(computed[u"collateralAssets"].toArray().size(), 0);
    QCOMPARE(computed[u"priceTriggers"].toArray().size(), 0);
    for (const char *key :
         {"composition", "compositionReason", "collateralAssets", "priceTriggers"})
        computed.remove(QLatin1String(key));
    unit[u"computed"] = computed;
    QFile golden(QStringLiteral(STATEDUMP_V1_UNIT));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument(unit).toJson(QJsonDocument::Compact), golden.readAll());
}

void tst_StateDump::collateralAssetsAndTriggersExact() {
    const QJsonObject computed =
        dumpOf(documentedExampleUnit(), false, handBuilt())[u"computed"].toObject();
    QCOMPARE(computed[u"composition"].toString(), QStringLiteral("complete"));
    QCOMPARE(computed[u"compositionReason"].toString(), QString());
    // One entry per asset over the whole unit: BTC's two wallets are summed.
    QCOMPARE(computed[u"collateralAssets"].toArray().size(), 3);
    const QJsonObject btc = assetEntry(computed, QStringLiteral("BTC"));
    QCOMPARE(btc[u"quantity"].toString(), QStringLiteral("0.00009"));
    QCOMPARE(btc[u"priceUsd"].toString(), QStringLiteral("100000"));
    QCOMPARE(btc[u"valueUsd"].toString(), QStringLiteral("9"));
    QCOMPARE(btc[u"collateralValueUsd"].toString(), QStringLiteral("8.8")); // 5 + 4 × 0.95
    const QJsonObject eth = assetEntry(computed, QStringLiteral("ETH"));
    QCOMPARE(eth[u"valueUsd"].toString(), QStringLiteral("1.25025"));
    QCOMPARE(eth[u"collateralValueUsd"].toString(), QStringLiteral("1.125225"));
    QCOMPARE(assetEntry(computed, QStringLiteral("USDT"))[u"quantity"].toString(),
             QStringLiteral("5.4284319"));
    const QJsonObject trigger = assetEntry(computed, QStringLiteral("BTC"), "priceTriggers");
    QCOMPARE(trigger[u"priceUsd"].toString(), QStringLiteral("100000"));
    QCOMPARE(trigger[u"warningPrice"].toString(), QStringLiteral("71420.12345679"));
    QCOMPARE(trigger[u"initialPrice"].toString(), QStringLiteral("60000.5"));
    QCOMPARE(trigger[u"marginCallPrice"].toString(), QStringLiteral("52500"));
    QCOMPARE(computed[u"priceTriggers"].toArray().size(), 2);
}

void tst_StateDump::unreachableBandIsNull() {
    const QJsonObject computed =
        dumpOf(documentedExampleUnit(), false, handBuilt())[u"computed"].toObject();
    const QJsonObject btc = assetEntry(computed, QStringLiteral("BTC"), "priceTriggers");
    QVERIFY(btc.contains(u"liquidationPrice"));
    QVERIFY(btc[u"liquidationPrice"].isNull());
    const QJsonObject eth = assetEntry(computed, QStringLiteral("ETH"), "priceTriggers");
    for (const char *key : {"warningPrice", "initialPrice", "marginCallPrice", "liquidationPrice"})
        QVERIFY2(eth[QLatin1String(key)].isNull(), key);
}

void tst_StateDump::partialCompositionSaysWhyAndMasksEmails() {
    const QString why =
        QStringLiteral("no read-only key for Portfolio Margin member collateral004l@test.com");
    QJsonObject computed = dumpOf(documentedExampleUnit(), false,
                                  handBuilt(UnitComposition::Coverage::Partial, why))[u"computed"]
                               .toObject();
    QCOMPARE(computed[u"composition"].toString(), QStringLiteral("partial"));
    QCOMPARE(computed[u"compositionReason"].toString(), why);
    QCOMPARE(computed[u"collateralAssets"].toArray().size(), 3);
    computed = dumpOf(documentedExampleUnit(), true,
                      handBuilt(UnitComposition::Coverage::Partial, why))[u"computed"]
                   .toObject();
    QVERIFY(!computed[u"compositionReason"].toString().contains(u"collateral004l@test.com"));
    QVERIFY(computed[u"compositionReason"].toString().startsWith(
        u"no read-only key for Portfolio Margin member "));
}

QTEST_GUILESS_MAIN(tst_StateDump)
#include "tst_statedump.moc"
