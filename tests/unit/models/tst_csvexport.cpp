#include "monitor/monitorstate.h"
#include "report/collateralsnapshot.h"
#include "report/csvexport.h"
#include "sampleunits.h"

#include <QtTest>

using namespace loandesk;

// The per-asset CSV exports: exact figures as the composition holds them, the unit's rows and
// each member's, the composition status with its reason, and empty cells (not zeros) where an
// asset alone cannot reach a band.
class tst_CsvExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void collateralAssetsPerUnitAndMember();
    void unavailableUnitIsListedWithItsReason();
    void triggerPricesExactWithEmptyUnreachable();
};

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

static MonitorState *stateWithExampleUnit() {
    auto *state = new MonitorState;
    state->applyUnits({documentedExampleUnit()},
                      QDateTime::fromMSecsSinceEpoch(1752137106000, QTimeZone::utc()));
    return state;
}

static CollateralSnapshot snapshot() {
    CollateralView v;
    v.composition.groupId = 1;
    v.composition.coverage = UnitComposition::Coverage::Complete;
    v.composition.pricedAt = QDateTime::fromMSecsSinceEpoch(1752137106500, QTimeZone::utc());
    v.composition.wallets = {
        wallet("collateral001@test.com", WalletType::Spot,
               {line("BTC", "0.00005", "100000.12345678", "1")}),
        wallet("collateral003@test.com", WalletType::CrossMargin,
               {line("BTC", "0.00004", "100000.12345678", "0.95")}),
    };
    v.triggers = {PriceTrigger{QStringLiteral("BTC"), dec("100000.12345678"), dec("90000.00000001"),
                               std::nullopt, dec("71420"), std::nullopt}};
    CollateralSnapshot c;
    c.views.insert(1, v);
    return c;
}

void tst_CsvExport::collateralAssetsPerUnitAndMember() {
    std::unique_ptr<MonitorState> state(stateWithExampleUnit());
    const QList<QByteArray> rows =
        CsvExport::collateralAssets(*state, snapshot(), false).split('\n');
    QVERIFY(rows.at(0).startsWith("groupId,pricedAt,composition,compositionReason,scope,email,"
                                  "asset,quantity,priceUsd,valueUsd,collateralRatio,"
                                  "collateralValueUsd,share"));
    // The unit: both wallets' BTC summed, exactly.
    QVERIFY2(rows.at(1).startsWith("1,2025-07-10T08:45:06.500Z,complete,,unit,,BTC,0.00009,"
                                   "100000.12345678,9.0000111111102,"),
             rows.at(1).constData());
    QVERIFY(rows.at(1).contains(",8.80001086419664,")); // 5.000006… + 4.000004… × 0.95
    // Each member with its own BTC.
    QVERIFY(rows.at(2).contains(",member,collateral001@test.com,BTC,0.00005,"));
    QVERIFY(rows.at(3).contains(",member,collateral003@test.com,BTC,0.00004,"));
    const QByteArray masked = CsvExport::collateralAssets(*state, snapshot(), true);
    QVERIFY(!masked.contains("collateral001@test.com"));
}

void tst_CsvExport::unavailableUnitIsListedWithItsReason() {
    std::unique_ptr<MonitorState> state(stateWithExampleUnit());
    CollateralSnapshot none;
    none.unavailableReason = QStringLiteral("the composition was not read within 20 s");
    const QList<QByteArray> rows = CsvExport::collateralAssets(*state, none, false).split('\n');
    QCOMPARE(rows.at(1).trimmed(),
             QByteArray("1,,unavailable,the composition was not read within 20 s,unit,,,,,,,,"));
    QCOMPARE(CsvExport::priceTriggers(*state, none).count('\n'), 1); // the header alone
}

void tst_CsvExport::triggerPricesExactWithEmptyUnreachable() {
    std::unique_ptr<MonitorState> state(stateWithExampleUnit());
    const QList<QByteArray> rows = CsvExport::priceTriggers(*state, snapshot()).split('\n');
    QCOMPARE(rows.at(0).trimmed(), QByteArray("groupId,pricedAt,asset,priceUsd,warningPrice,"
                                              "initialPrice,marginCallPrice,liquidationPrice"));
    QCOMPARE(rows.at(1).trimmed(), QByteArray("1,2025-07-10T08:45:06.500Z,BTC,100000.12345678,"
                                              "90000.00000001,,71420,"));
}

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
