#include "../integration/simfixture.h"
#include "testhelpers.h"

#include "borrowrepay/borrowdialog.h"
#include "borrowrepay/whatifpanel.h"
#include "collateral/stressengine.h"
#include "desk/desk.h"
#include "models/assetshockmodel.h"
#include "models/collateralassetsmodel.h"
#include "models/displayformat.h"
#include "models/modelroles.h"
#include "monitor/collateralstate.h"
#include "panels/collateralassetspanel.h"
#include "panels/dashboardwidget.h"
#include "panels/distancepanel.h"
#include "settings/appsettings.h"
#include "settings/settingsservice.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "sim/valuation.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace loandesk;

// The demo desk opened as LoanDesk opens it, read as a user reads it: the collateral by asset,
// the trigger prices leading the distances, and the borrow what-if shocking one asset. The
// simulator's market stands still, so the figures it computes itself can be compared exactly.
class tst_CollateralDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void collateralByAssetMatchesTheSimulator();
    void perMemberListsEachMembersAssets();
    void distancePanelLeadsWithEthMarginCallPrice();
    void triggerPriceIsSelectableUnderThePointer();
    void btcMarginCallPriceOfTheBtcUnit();
    void addCollateralSitsBesideRepay();
    void borrowWhatIfShocksBtcAlone();

private:
    DashboardWidget *dashboard() const { return m_window->dashboard(); }
    CollateralState *collateral() const { return m_window->desk()->collateral(); }
    qint64 groupId() const { return dashboard()->selectedGroupId(); }
    // Σ over the unit's wallets of the asset's collateral value, by the simulator's own
    // valuation (spot free × price at ratio 1; margin wallets through their tier tables).
    Decimal simCollateralValue(const QString &asset) const;
    QStringList simAssets() const;
    // The distance panel's margin-call line for `asset` on the selected unit, checked against
    // the simulator's price and the stress engine a dollar either side of the printed price.
    void checkMarginCallPrice(const QString &asset);

    std::unique_ptr<sim::SimExchange> m_ex;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<Launcher> m_launcher;
    QPointer<MainWindow> m_window;
};

void tst_CollateralDashboard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CollateralDashboard::init() {
    QFile::remove(AppSettings::defaultPath());
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    sim::Scenario still = *sim::Scenario::load(QStringLiteral("calm"));
    for (sim::AssetConfig &a : still.assets) {
        a.volatility = 0;
        a.drift = 0;
    }
    m_ex = std::make_unique<sim::SimExchange>(still, 5);
    QVERIFY(m_ex->listen());
    m_settings = std::make_unique<SettingsService>();
    m_settings->load();
    m_launcher = std::make_unique<Launcher>(CommandLine{}, m_settings.get());
    // The options Launcher::startDemo() gives the demo desk.
    DeskOptions demo{m_ex->baseUrl(), m_ex->parentCredentials(), u"demo"_qs, DeskKind::Demo};
    demo.portfolioBaseUrl = m_ex->baseUrl();
    for (const sim::SimAccount &a : m_ex->accounts()) {
        if (a.role == sim::SimAccount::Role::Credit)
            demo.creditKeys.insert(a.groupId, a.credentials);
        else if (a.role == sim::SimAccount::Role::Member)
            demo.memberKeys.insert(a.email, a.credentials);
    }
    m_window = m_launcher->windows()->open(demo);
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    QTRY_COMPARE_WITH_TIMEOUT(groupId(), 10001, 8000);
    QTRY_VERIFY_WITH_TIMEOUT(collateral()->view(groupId()).has_value() &&
                                 collateral()->view(groupId())->composition.coverage ==
                                     UnitComposition::Coverage::Complete,
                             15000);
    // view() composes on demand; the panels follow the `updated` signal a moment later.
    QTRY_VERIFY(dashboard()->collateralAssetsPanel()->model()->rowCount() > 0);
    QTRY_VERIFY(dashboard()->distancePanel()->triggerAssetCombo()->count() > 0);
}

void tst_CollateralDashboard::cleanup() {
    m_launcher.reset();
    m_settings.reset();
    m_ex.reset();
}

Decimal tst_CollateralDashboard::simCollateralValue(const QString &asset) const {
    const sim::MarketModel &market = m_ex->engine().market();
    const sim::UnitState *unit = m_ex->engine().unit(groupId());
    const Decimal price = market.price(asset);
    Decimal sum;
    for (const sim::MemberHoldings &m : unit->members) {
        if (m.enableSpot && sim::Valuation::isSpotCollateral(asset))
            sum += m.spot.value(asset) * price;
        if (!m.enableMargin)
            continue;
        if (m.marginType == WalletType::CrossMargin) {
            const Decimal held = sim::Valuation::marginHeld(m, asset);
            if (held.isPositive())
                sum += sim::Valuation::collateralValue(market.crossTiers(asset), held * price);
        } else {
            const Decimal equity = sim::Valuation::pmAssetEquity(m, asset);
            if (equity.isPositive())
                sum += sim::Valuation::collateralValue(market.pmTiers(asset), equity * price);
        }
    }
    return sum;
}

QStringList tst_CollateralDashboard::simAssets() const {
    QStringList out;
    for (const sim::MemberHoldings &m : m_ex->engine().unit(groupId())->members) {
        for (const QString &a : m.spot.keys() + sim::Valuation::marginAssets(m)) {
            if (!out.contains(a))
                out.append(a);
        }
    }
    return out;
}

void tst_CollateralDashboard::collateralByAssetMatchesTheSimulator() {
    CollateralAssetsPanel *panel = dashboard()->collateralAssetsPanel();
    QVERIFY(panel->isVisible());
    const CollateralAssetsModel *model = panel->model();
    QTRY_VERIFY(model->rowCount() > 0);
    QVERIFY2(panel->coverageText().startsWith(u"Composition complete"_qs),
             qPrintable(panel->coverageText()));
    QVERIFY2(panel->notesText().isEmpty(), qPrintable(panel->notesText()));
    QVERIFY(model->rowOf(u"BTC"_qs) >= 0);
    QVERIFY(model->rowOf(u"ETH"_qs) >= 0);
    int valued = 0;
    for (const QString &asset : simAssets()) {
        const Decimal expected = simCollateralValue(asset);
        const int row = model->rowOf(asset);
        if (!expected.isPositive())
            continue;
        ++valued;
        QVERIFY2(row >= 0, qPrintable(asset));
        const QModelIndex cell = model->index(row, CollateralAssetsModel::CollateralValueColumn);
        QCOMPARE(cell.data(DecimalRole).value<Decimal>(), expected);
        QCOMPARE(cell.data().toString(), DisplayFormat::usd(expected));
        QCOMPARE(model->index(row, CollateralAssetsModel::PriceColumn)
                     .data(DecimalRole)
                     .value<Decimal>(),
                 m_ex->engine().market().price(asset));
    }
    QCOMPARE(model->rowCount(), valued);
}

void tst_CollateralDashboard::perMemberListsEachMembersAssets() {
    CollateralAssetsPanel *panel = dashboard()->collateralAssetsPanel();
    auto *mode = panel->findChild<QComboBox *>(u"collateralAssetsMode"_qs);
    QVERIFY(mode);
    mode->setCurrentIndex(1);
    const CollateralAssetsModel *model = panel->model();
    QCOMPARE(model->mode(), CollateralAssetsModel::Mode::PerMember);
    QVERIFY(!panel->view()->isColumnHidden(CollateralAssetsModel::MemberColumn));
    // Every member holding collateral is named once, on its first row.
    QStringList named;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString shown =
            model->index(r, CollateralAssetsModel::MemberColumn).data().toString();
        if (!shown.isEmpty())
            named.append(shown);
    }
    QStringList holding;
    for (const sim::MemberHoldings &m : m_ex->engine().unit(groupId())->members) {
        if (model->rowOf(u"BTC"_qs, m.email) >= 0 || model->rowOf(u"USDT"_qs, m.email) >= 0 ||
            model->rowOf(u"ETH"_qs, m.email) >= 0)
            holding.append(m.email);
    }
    QVERIFY(!holding.isEmpty());
    for (const QString &email : holding)
        QCOMPARE(named.count(email), 1);
}

void tst_CollateralDashboard::checkMarginCallPrice(const QString &name) {
    DistancePanel *distances = dashboard()->distancePanel();
    QComboBox *asset = distances->triggerAssetCombo();
    QTRY_VERIFY(asset->findText(name) >= 0);
    asset->setCurrentIndex(asset->findText(name));
    const QString text = distances->triggerText(LtvBand::MarginCall);
    // "BTC 71,420.00 (−23.6 %) → margin call"
    const QRegularExpression line(
        u"^%1 ([0-9,]+\\.[0-9]{2}) \\(−([0-9]+\\.[0-9]) %\\) → margin call$"_qs.arg(name));
    const QRegularExpressionMatch m = line.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    auto *label = distances->findChild<QLabel *>(u"trigger.marginCall"_qs);
    QVERIFY(label && label->isVisible());
    QVERIFY(!distances->findChild<QWidget *>(u"uniformSection"_qs)->isVisible());
    QVERIFY2(distances->jointText(LtvBand::MarginCall).startsWith(u"−"_qs),
             qPrintable(distances->jointText(LtvBand::MarginCall)));

    // Below the simulator's own price; a dollar under the printed trigger the unit is at
    // margin call, a dollar over it not yet (the LTV itself is rounded to 8 places).
    const Decimal now = m_ex->engine().market().price(name);
    const Decimal printed = *Decimal::fromString(m.captured(1).remove(u','));
    QVERIFY(printed < now);
    const std::unique_ptr<StressEngine> engine = collateral()->stressEngine(groupId());
    const LtvBands bands = m_ex->engine().unit(groupId())->bands;
    const Decimal dollar = Decimal::fromInt(1);
    QVERIFY(*engine->apply({{name, printed - dollar}}).ltv >= bands.marginCall);
    QVERIFY(*engine->apply({{name, printed + dollar}}).ltv < bands.marginCall);
    // The fall printed is the price's, rounded down to 0.1 %.
    const Decimal fall = (Decimal::fromInt(1) - printed.dividedBy(now, 10)) * Decimal::fromInt(100);
    QVERIFY(*Decimal::fromString(m.captured(2)) <= fall);
}

// A treasurer drags across a trigger price to copy it into a message. The pointer's arrival and
// departure are sent to the label as the window would send them: the offscreen platform's
// cursor, which QTest::mouseMove drives, does not reliably deliver them under load.
void tst_CollateralDashboard::triggerPriceIsSelectableUnderThePointer() {
    QVERIFY(QTest::qWaitForWindowActive(m_window.data())); // a click focuses, as on a desk
    DistancePanel *distances = dashboard()->distancePanel();
    auto *label = distances->findChild<QLabel *>(u"trigger.marginCall"_qs);
    QTRY_VERIFY(label && label->isVisible() && !label->text().isEmpty());
    // Not selectable from afar: a selectable label re-lays out a text document on every poll.
    QVERIFY(!label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    const QPoint start(1, label->height() / 2);
    const QPoint end(label->width() - 1, label->height() / 2);
    QEnterEvent enter(QPointF(start), QPointF(label->mapTo(label->window(), start)),
                      QPointF(label->mapToGlobal(start)));
    QCoreApplication::sendEvent(label, &enter);
    QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QTest::mousePress(label, Qt::LeftButton, {}, start);
    QMouseEvent drag(QEvent::MouseMove, QPointF(end), QPointF(label->mapToGlobal(end)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(label, &drag);
    QTest::mouseRelease(label, Qt::LeftButton, {}, end);
    QVERIFY2(label->hasSelectedText(), qPrintable(label->text()));
    QVERIFY(label->text().startsWith(label->selectedText().left(3)));
    // The pointer moves on to press Ctrl+C elsewhere: the selection stays while it has focus.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(label, &leave);
    QVERIFY(label->hasSelectedText());
    // Focus goes elsewhere: the label is plain again.
    distances->targetSpinBox()->setFocus();
    QTRY_VERIFY(!label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
}

// The default calm demo, as a new user sees it: unit 10001 holds about half its collateral in
// ETH, so ETH alone brings it to margin call; BTC alone cannot.
void tst_CollateralDashboard::distancePanelLeadsWithEthMarginCallPrice() {
    QCOMPARE(groupId(), 10001);
    checkMarginCallPrice(u"ETH"_qs);
    DistancePanel *distances = dashboard()->distancePanel();
    distances->triggerAssetCombo()->setCurrentIndex(
        distances->triggerAssetCombo()->findText(u"BTC"_qs));
    QCOMPARE(distances->triggerText(LtvBand::MarginCall), u"BTC alone cannot reach margin call"_qs);
}

// Unit 10002 holds most of its collateral in BTC: the panel gives BTC's margin-call price.
void tst_CollateralDashboard::btcMarginCallPriceOfTheBtcUnit() {
    dashboard()->selectGroup(10002);
    QCOMPARE(groupId(), 10002);
    QTRY_VERIFY_WITH_TIMEOUT(collateral()->view(10002).has_value() &&
                                 collateral()->view(10002)->composition.coverage ==
                                     UnitComposition::Coverage::Complete,
                             15000);
    checkMarginCallPrice(u"BTC"_qs);
}

void tst_CollateralDashboard::addCollateralSitsBesideRepay() {
    DistancePanel *distances = dashboard()->distancePanel();
    // A target below the unit's LTV needs a cure: repay or add collateral.
    distances->targetSpinBox()->setValue(10);
    QVERIFY2(distances->repayText().startsWith(u"Repay "_qs), qPrintable(distances->repayText()));
    const QString usdt = distances->addCollateralText();
    QVERIFY2(usdt.startsWith(u"Or add "_qs) && usdt.contains(u" USDT "_qs), qPrintable(usdt));
    QComboBox *asset = distances->addAssetCombo();
    QVERIFY(asset->isVisible());
    asset->setCurrentIndex(asset->findText(u"BTC"_qs));
    const QString btc = distances->addCollateralText();
    QVERIFY2(btc.contains(u" BTC "_qs), qPrintable(btc));
    const std::unique_ptr<StressEngine> engine = collateral()->stressEngine(groupId());
    const Decimal needed = *engine->collateralToAdd(dec("0.1"), u"BTC"_qs);
    QVERIFY2(btc.contains(DisplayFormat::fixed(needed.rounded(8, Decimal::Rounding::Up), 8)),
             qPrintable(btc));
}

void tst_CollateralDashboard::borrowWhatIfShocksBtcAlone() {
    auto *borrow = m_window->findChild<QAction *>(u"borrowAction"_qs);
    QVERIFY(borrow);
    QTRY_VERIFY_WITH_TIMEOUT(borrow->isEnabled(), 8000);
    borrow->trigger();
    BorrowDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<BorrowDialog *>()) != nullptr);
    auto *whatIf = dialog->findChild<WhatIfPanel *>();
    QVERIFY(whatIf->shocksPerAsset());
    auto *shockedLtv = dialog->findChild<QLabel *>(u"whatIfShockedLtv"_qs);
    dialog->findChild<QLineEdit *>(u"amountEdit"_qs)->setText(u"1000"_qs);
    const QString before = shockedLtv->text();
    QCOMPARE(before, whatIf->findChild<QLabel *>(u"whatIfProjectedLtv"_qs)->text());

    AssetShockModel *shocks = whatIf->assetShocks();
    const int btc = shocks->rowOf(u"BTC"_qs);
    QVERIFY(btc >= 0);
    QVERIFY(shocks->setData(shocks->index(btc, AssetShockModel::ChangeColumn), u"-30"_qs));
    const QString after = shockedLtv->text();
    QVERIFY2(after != before, qPrintable(after));
    // What the engine says for BTC 30 % down and the borrow, and only BTC moved.
    const Decimal btcNow = m_ex->engine().market().price(u"BTC"_qs);
    const std::unique_ptr<StressEngine> engine = collateral()->stressEngine(groupId());
    const StressResult expected =
        engine->apply({{u"BTC"_qs, btcNow * dec("0.7")}}, Decimal::fromInt(1000));
    QCOMPARE(after, DisplayFormat::ltv(expected.ltv));
    // The shown LTV is a percentage; the engine says it rose.
    QVERIFY(*expected.ltv > *engine->apply({}, Decimal::fromInt(1000)).ltv);
    QCOMPARE(shocks->shockedPrices().size(), 1);
    dialog->reject();
}

QTEST_MAIN(tst_CollateralDashboard)
#include "tst_collateraldashboard.moc"
