#include "models/assetshockmodel.h"
#include "models/modelroles.h"

#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace loandesk;

class tst_AssetShockModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentGivesTheExactPrice();
    void priceGivesThePercent();
    void typedCellsAreParsed();
    void shocksSurviveNewPrices();
    void badInputIsRefused();
};

static QMap<QString, Decimal> prices() {
    return {{QStringLiteral("BTC"), dec("93500.5")}, {QStringLiteral("ETH"), dec("3120.25")}};
}

void tst_AssetShockModel::percentGivesTheExactPrice() {
    AssetShockModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssets(prices());
    QVERIFY(!model.isShocked());
    QSignalSpy changed(&model, &AssetShockModel::shocksChanged);
    QVERIFY(model.setChangePercent(QStringLiteral("BTC"), dec("-23.6")));
    QCOMPARE(changed.count(), 1);
    // 93,500.5 × 0.764 exactly; ETH untouched is not listed.
    const QMap<QString, Decimal> shocked = model.shockedPrices();
    QCOMPARE(shocked.size(), 1);
    QCOMPARE(shocked.value(QStringLiteral("BTC")), dec("71434.382"));
    const int row = model.rowOf(QStringLiteral("BTC"));
    QCOMPARE(model.index(row, AssetShockModel::ChangeColumn).data().toString(),
             QStringLiteral("-23.60 %"));
}

void tst_AssetShockModel::priceGivesThePercent() {
    AssetShockModel model;
    model.setAssets(prices());
    QVERIFY(model.setShockedPrice(QStringLiteral("ETH"), dec("1560.125")));
    const int row = model.rowOf(QStringLiteral("ETH"));
    QCOMPARE(model.index(row, AssetShockModel::ChangeColumn).data(DecimalRole).value<Decimal>(),
             dec("-50"));
    model.setAllChangePercent(dec("-10"));
    QCOMPARE(model.shockedPrices().value(QStringLiteral("ETH")), dec("2808.225"));
    QCOMPARE(model.shockedPrices().value(QStringLiteral("BTC")), dec("84150.45"));
    model.clearShocks();
    QVERIFY(!model.isShocked());
}

void tst_AssetShockModel::typedCellsAreParsed() {
    AssetShockModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAssets(prices());
    const int row = model.rowOf(QStringLiteral("BTC"));
    QVERIFY(model.setData(model.index(row, AssetShockModel::ChangeColumn), u"−20 %"_qs));
    QCOMPARE(model.shockedPrices().value(QStringLiteral("BTC")), dec("74800.4"));
    QVERIFY(model.setData(model.index(row, AssetShockModel::ShockedPriceColumn), u"70,000"_qs));
    QCOMPARE(model.shockedPrices().value(QStringLiteral("BTC")), dec("70000"));
    QVERIFY(model.flags(model.index(row, AssetShockModel::ChangeColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, AssetShockModel::AssetColumn)) & Qt::ItemIsEditable));
}

void tst_AssetShockModel::shocksSurviveNewPrices() {
    AssetShockModel model;
    model.setAssets(prices());
    model.setChangePercent(QStringLiteral("BTC"), dec("-20"));
    QMap<QString, Decimal> moved = prices();
    moved.insert(QStringLiteral("BTC"), dec("90000"));
    model.setAssets(moved);
    // The typed change is a percentage of the new price.
    QCOMPARE(model.shockedPrices().value(QStringLiteral("BTC")), dec("72000"));
}

void tst_AssetShockModel::badInputIsRefused() {
    AssetShockModel model;
    model.setAssets(prices());
    QVERIFY(!model.setChangePercent(QStringLiteral("BTC"), dec("-100.5")));
    QVERIFY(!model.setShockedPrice(QStringLiteral("BTC"), dec("-1")));
    QVERIFY(!model.setChangePercent(QStringLiteral("DOGE"), dec("-10")));
    QVERIFY(!model.setData(model.index(0, AssetShockModel::ChangeColumn), u"abc"_qs));
    QVERIFY(!model.isShocked());
}

QTEST_GUILESS_MAIN(tst_AssetShockModel)
#include "tst_assetshockmodel.moc"
