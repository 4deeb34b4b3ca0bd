#include "models/collateraltreemodel.h"
#include "models/keyfiguresmodel.h"
#include "models/modelroles.h"
#include "models/riskunitlistmodel.h"
#include "monitor/monitorstate.h"
#include "sampleunits.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace loandesk;

class tst_UnitModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listShowsEveryUnitWithBand();
    void collateralTreeSharesAddUp();
    void collateralTreeAnnouncesOnlyMovedRows();
    void keyFiguresFollowTheSelectedUnit();
    void lastGoodDataSurvivesAFailedPoll();
    void masksEmails();
};

static RiskUnit unitWith(qint64 id, const char *liability) {
    RiskUnit u = documentedExampleUnit();
    u.groupId = id;
    u.totalLiability = dec(liability);
    u.liabilities = {{QStringLiteral("USDT"), dec(liability), Decimal()}};
    return u;
}

void tst_UnitModels::listShowsEveryUnitWithBand() {
    MonitorState state;
    RiskUnitListModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy updated(&state, &MonitorState::updated);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // E − M = 25.85090769: 15.3 → 0.59 normal, 24 → 0.93 margin call
    state.applyUnits({unitWith(7, "24"), unitWith(3, "15.30718771")}, now);
    QVERIFY(updated.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.groupIdAt(0), 3); // sorted by id
    QCOMPARE(model.index(0, RiskUnitListModel::LtvColumn).data().toString(),
             QStringLiteral("59.21 %"));
    QCOMPARE(model.index(0, RiskUnitListModel::BandColumn).data(BandRole).toInt(),
             int(LtvBand::Normal));
    QCOMPARE(model.index(1, RiskUnitListModel::BandColumn).data(BandRole).toInt(),
             int(LtvBand::MarginCall));
    QCOMPARE(model.index(1, RiskUnitListModel::BandColumn).data().toString(),
             QStringLiteral("Margin call"));

    // custom bands per unit change the classification
    LtvBands strict;
    strict.warning = dec("0.5");
    strict.initial = dec("0.55");
    strict.marginCall = dec("0.58");
    strict.liquidation = dec("0.6");
    state.setBands(3, strict);
    QVERIFY(updated.wait());
    QCOMPARE(model.index(0, RiskUnitListModel::BandColumn).data(BandRole).toInt(),
             int(LtvBand::MarginCall));

    // a unit disappears
    state.applyUnits({unitWith(7, "24")}, now);
    QVERIFY(updated.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.groupIdAt(0), 7);
}

void tst_UnitModels::collateralTreeSharesAddUp() {
    MonitorState state;
    CollateralTreeModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    model.setGroupId(1);
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex first = model.index(0, CollateralTreeModel::AccountColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("collateral001@test.com"));
    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(model.index(1, CollateralTreeModel::AccountColumn, first).data().toString(),
             QStringLiteral("Cross Margin"));
    QCOMPARE(
        model.index(0, CollateralTreeModel::NetEquityColumn).data(DecimalRole).value<Decimal>(),
        dec("9.98938226"));
    QCOMPARE(model.index(2, CollateralTreeModel::RoleColumn).data().toString(),
             QStringLiteral("Credit"));

    Decimal equity;
    double shares = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        equity +=
            model.index(r, CollateralTreeModel::NetEquityColumn).data(DecimalRole).value<Decimal>();
        shares += model.index(r, CollateralTreeModel::ShareColumn).data(RatioRole).toDouble();
    }
    QCOMPARE(equity, dec("26.35196946"));
    QVERIFY(qAbs(shares - 1.0) < 1e-5);
}

void tst_UnitModels::keyFiguresFollowTheSelectedUnit() {
    MonitorState state;
    KeyFiguresModel model(&state);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy updated(&state, &MonitorState::updated);
    state.applyUnits({documentedExampleUnit(), unitWith(2, "20")}, QDateTime::currentDateTimeUtc());
    model.setGroupId(1);
    const int liability = model.rowOfKey(QStringLiteral("totalLiability"));
    QVERIFY(liability >= 0);
    QCOMPARE(model.index(liability, KeyFiguresModel::ValueColumn).data().toString(),
             QStringLiteral("15.31"));
    QVERIFY(model.index(liability, KeyFiguresModel::ValueColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("15.30718771")));
    QVERIFY(model.index(liability, KeyFiguresModel::AsOfColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("UTC")));
    QVERIFY(model.rowOfKey(QStringLiteral("liability.USDT.interest")) >= 0);
    QCOMPARE(
        model.index(model.rowOfKey(QStringLiteral("maxAllowedBorrowLimit")), 1).data().toString(),
        QStringLiteral("16.32"));

    model.setGroupId(2);
    QCOMPARE(model.index(model.rowOfKey(QStringLiteral("totalLiability")), 1).data().toString(),
             QStringLiteral("20.00"));

    // a field the exchange did not send is "not reported", never 0
    RiskUnit old = documentedExampleUnit();
    old.maxAllowedBorrowLimit = Decimal::invalid();
    state.applyUnits({old}, QDateTime::currentDateTimeUtc());
    model.setGroupId(1);
    QCOMPARE(
        model.index(model.rowOfKey(QStringLiteral("maxAllowedBorrowLimit")), 1).data().toString(),
        QStringLiteral("not reported"));
}

void tst_UnitModels::collateralTreeAnnouncesOnlyMovedRows() {
    MonitorState state;
    CollateralTreeModel tree(&state);
    QSignalSpy updated(&state, &MonitorState::updated);
    QDateTime at = QDateTime::currentDateTimeUtc();
    const auto poll = [&](const RiskUnit &u) {
        at = at.addSecs(5);
        state.applyUnits({u}, at);
        QVERIFY(updated.wait());
    };
    RiskUnit unit = documentedExampleUnit();
    poll(unit);
    tree.setGroupId(1);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    // Each announced row as (member row, wallet row or -1).
    const auto announced = [&] {
        QSet<QPair<int, int>> rows;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex i = args.at(0).value<QModelIndex>();
            rows.insert(i.parent().isValid() ? qMakePair(i.parent().row(), i.row())
                                             : qMakePair(i.row(), -1));
        }
        changed.clear();
        return rows;
    };
    // One unit of equity moves from the first member's first wallet to the second member's:
    // those wallets and members are announced (to be measured and repainted), nobody else.
    unit.members[0].wallets[0].netEquity -= Decimal::fromInt(1);
    unit.members[1].wallets[0].netEquity += Decimal::fromInt(1);
    poll(unit);
    const QSet<QPair<int, int>> moved{{0, -1}, {0, 0}, {1, -1}, {1, 0}};
    QCOMPARE(announced(), moved);
    poll(unit); // the same figures again: nothing to redraw
    QCOMPARE(announced(), (QSet<QPair<int, int>>{}));
    unit.members[0].wallets[0].netEquity += Decimal::fromInt(1);
    unit.members[1].wallets[0].netEquity -= Decimal::fromInt(1);
    poll(unit);
    QCOMPARE(announced(), moved);
    QCOMPARE(tree.index(0, CollateralTreeModel::NetEquityColumn).data(DecimalRole).value<Decimal>(),
             dec("9.98938226"));
}

void tst_UnitModels::lastGoodDataSurvivesAFailedPoll() {
    MonitorState state;
    state.setStaleAfterMs(1000);
    CollateralTreeModel tree(&state);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-10);
    state.applyUnits({documentedExampleUnit()}, t0);
    tree.setGroupId(1);
    ExchangeError refused;
    refused.kind = ExchangeError::Kind::Network;
    state.applyError(refused, t0.addSecs(5));
    QCOMPARE(tree.rowCount(), 5);
    QVERIFY(state.isStale());
    QCOMPARE(state.feed(), MonitorState::Feed::Stale);
    QCOMPARE(tree.index(0, 0).data(StaleRole).toBool(), true);
    QCOMPARE(state.consecutiveFailures(), 1);
    state.setPausedUntil(QDateTime::currentDateTimeUtc().addSecs(30));
    QCOMPARE(state.feed(), MonitorState::Feed::Paused);
}

void tst_UnitModels::masksEmails() {
    QCOMPARE(CollateralTreeModel::maskEmail(QStringLiteral("collateral001@test.com")),
             QStringLiteral("co***01@t***.com"));
    QCOMPARE(CollateralTreeModel::maskEmail(QStringLiteral("ab@x.io")),
             QStringLiteral("a***@x***.io"));
    MonitorState state;
    CollateralTreeModel tree(&state);
    state.applyUnits({documentedExampleUnit()}, QDateTime::currentDateTimeUtc());
    tree.setGroupId(1);
    tree.setMaskEmails(true);
    QVERIFY(!tree.index(0, 0).data().toString().contains(QStringLiteral("collateral001")));
}

QTEST_GUILESS_MAIN(tst_UnitModels)
#include "tst_unitmodels.moc"
