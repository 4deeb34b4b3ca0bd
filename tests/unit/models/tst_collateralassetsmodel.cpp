#include "models/collateralassetsmodel.h"
#include "models/modelroles.h"

#include "collateralviews.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace loandesk;

class tst_CollateralAssetsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unitRowsAddUpAcrossWallets();
    void perMemberGroupsRowsUnderEachMember();
    void coverageAndWalletNotesSayWhatIsMissing();
    void priceTickKeepsRowsAndUpdatesCells();
    void nothingComposedYet();
};

static Decimal exact(const CollateralAssetsModel &m, int row, int column) {
    return m.index(row, column).data(DecimalRole).value<Decimal>();
}

static QString text(const CollateralAssetsModel &m, int row, int column) {
    return m.index(row, column).data().toString();
}

void tst_CollateralAssetsModel::unitRowsAddUpAcrossWallets() {
    CollateralAssetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setView(partialView());

    // BTC, USDT, ETH: largest collateral value first; the unread PM wallet adds nothing.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 0, CollateralAssetsModel::AssetColumn), QStringLiteral("BTC"));
    QCOMPARE(text(model, 1, CollateralAssetsModel::AssetColumn), QStringLiteral("USDT"));
    QCOMPARE(text(model, 2, CollateralAssetsModel::AssetColumn), QStringLiteral("ETH"));
    QCOMPARE(text(model, 0, CollateralAssetsModel::MemberColumn), QString());

    // 2 BTC in spot at 100 % and 1 BTC in cross margin at 95 %: 147,500 of 150,000.
    QCOMPARE(exact(model, 0, CollateralAssetsModel::QuantityColumn), dec("3"));
    QCOMPARE(exact(model, 0, CollateralAssetsModel::ValueColumn), dec("150000"));
    QCOMPARE(exact(model, 0, CollateralAssetsModel::CollateralValueColumn), dec("147500"));
    QCOMPARE(text(model, 0, CollateralAssetsModel::CollateralValueColumn),
             QStringLiteral("147,500.00"));
    QCOMPARE(text(model, 0, CollateralAssetsModel::PriceColumn), QStringLiteral("50,000.00"));
    // A quantity shows the asset's own places (8 for BTC), the exact value stays in the model.
    QCOMPARE(text(model, 0, CollateralAssetsModel::QuantityColumn), QStringLiteral("3.00000000"));
    QCOMPARE(text(model, 0, CollateralAssetsModel::RatioColumn), QStringLiteral("98.33 %"));
    // Of the unit's 222,500 composed collateral value.
    QCOMPARE(text(model, 0, CollateralAssetsModel::ShareColumn), QStringLiteral("66.29 %"));
    QCOMPARE(text(model, 2, CollateralAssetsModel::ShareColumn), QStringLiteral("11.24 %"));
    QCOMPARE(model.index(0, CollateralAssetsModel::CollateralValueColumn)
                 .data(Qt::TextAlignmentRole)
                 .toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.summaryText(), QStringLiteral("Collateral value 222,500.00 USD · "
                                                 "stablecoins 22.47 %"));
}

void tst_CollateralAssetsModel::perMemberGroupsRowsUnderEachMember() {
    CollateralAssetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setView(partialView());
    model.setMode(CollateralAssetsModel::Mode::PerMember);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.memberAt(0), QStringLiteral("a@x.test"));
    QCOMPARE(text(model, 0, CollateralAssetsModel::MemberColumn), QStringLiteral("a@x.test"));
    QCOMPARE(text(model, 0, CollateralAssetsModel::AssetColumn), QStringLiteral("BTC"));
    QCOMPARE(text(model, 1, CollateralAssetsModel::MemberColumn), QString()); // same member
    QCOMPARE(text(model, 1, CollateralAssetsModel::AssetColumn), QStringLiteral("USDT"));
    QCOMPARE(text(model, 2, CollateralAssetsModel::MemberColumn), QStringLiteral("b@x.test"));
    // Shares are of the member's own collateral: b@x.test holds only ETH.
    QCOMPARE(text(model, 2, CollateralAssetsModel::ShareColumn), QStringLiteral("100.00 %"));
    QCOMPARE(model.rowOf(QStringLiteral("ETH"), QStringLiteral("b@x.test")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("ETH"), QStringLiteral("a@x.test")), -1);

    model.setMaskEmails(true);
    QCOMPARE(text(model, 0, CollateralAssetsModel::MemberColumn), QStringLiteral("a***@x***.test"));

    model.setMode(CollateralAssetsModel::Mode::Unit);
    QCOMPARE(model.memberAt(0), QString());
}

void tst_CollateralAssetsModel::coverageAndWalletNotesSayWhatIsMissing() {
    CollateralAssetsModel model;
    model.setView(partialView());
    QCOMPARE(model.coverageText(),
             QStringLiteral("Composition partial: 1 of 4 wallets not valued"));
    const QStringList notes = model.walletNotes();
    QCOMPARE(notes.size(), 2);
    QVERIFY2(notes.at(0).startsWith(QStringLiteral("a@x.test · Cross Margin: disagrees with "
                                                   "ltv-details (composed 47,500.00 USD, "
                                                   "ltv-details 47,000.00 USD)")),
             qPrintable(notes.at(0)));
    QVERIFY2(notes.at(1).contains(QStringLiteral("b@x.test · Portfolio Margin: not valued (no "
                                                 "read-only key for this Portfolio Margin "
                                                 "member)")),
             qPrintable(notes.at(1)));
    // The unvalued wallet's equity moves with every poll; its note does not (the figure is in
    // Collateral accounts), so the panel does not re-wrap on each tick.
    CollateralView ticked = partialView();
    for (WalletComposition &w : ticked.composition.wallets)
        if (w.status == WalletComposition::Status::Unavailable)
            w.exchangeNetEquity += Decimal::fromInt(17);
    model.setView(ticked);
    QCOMPARE(model.walletNotes().at(1), notes.at(1));
    model.setView(partialView());

    CollateralView none = partialView();
    none.composition.coverage = UnitComposition::Coverage::Unavailable;
    none.composition.reason = QStringLiteral("prices could not be read: HTTP 502");
    for (WalletComposition &w : none.composition.wallets)
        w.status = WalletComposition::Status::Unavailable;
    model.setView(none);
    QCOMPARE(model.coverageText(),
             QStringLiteral("Composition unavailable: prices could not be read: HTTP 502"));
    QVERIFY(model.walletNotes().isEmpty()); // the one reason says it all
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.summaryText().isEmpty());
}

void tst_CollateralAssetsModel::priceTickKeepsRowsAndUpdatesCells() {
    CollateralAssetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setView(partialView());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    CollateralView ticked = partialView();
    ticked.composition.wallets[2].lines[0] = assetLine("ETH", "10", "2600", "1");
    model.setView(ticked);
    QCOMPARE(reset.count(), 0);
    // Each row whose text moved, once: ETH's price and value, and every row's share.
    QCOMPARE(changed.count(), 3);
    QCOMPARE(text(model, 2, CollateralAssetsModel::PriceColumn), QStringLiteral("2,600.00"));
    // The same figures again (a poll that changed nothing): nothing to repaint.
    changed.clear();
    model.setView(ticked);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void tst_CollateralAssetsModel::nothingComposedYet() {
    CollateralAssetsModel model;
    model.setView(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.coverageText(), QStringLiteral("Collateral by asset: not read yet"));
    QVERIFY(model.walletNotes().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CollateralAssetsModel)
#include "tst_collateralassetsmodel.moc"
