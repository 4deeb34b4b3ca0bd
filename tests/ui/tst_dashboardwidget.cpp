// What a treasurer sees on the dashboard for known units: the gauge's band, the distances, key
// figures, the collateral tree, the banner and staleness. Also renders 1280×800 screenshots
// (light and dark) into $LOANDESK_SCREENSHOT_DIR, or a temporary directory, for a human to look at.
#include "common/errortext.h"
#include "common/exactcopy.h"
#include "panels/collateralpanel.h"
#include "panels/dashboardwidget.h"
#include "panels/distancepanel.h"
#include "panels/feedbanner.h"
#include "panels/keyfigurespanel.h"
#include "panels/ltvgaugewidget.h"
#include "panels/panelframe.h"
#include "panels/statusbarwidgets.h"
#include "panels/unitlistpanel.h"

#include "charts/collateralsharechart.h"
#include "exchange/serverclock.h"
#include "exchange/weighttracker.h"
#include "models/displayformat.h"
#include "monitor/monitorstate.h"
#include "sampleunits.h"
#include "testhelpers.h"
#include "uifixtures.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace loandesk;
using namespace loandesk::uitest;

class TestDashboardWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gaugeShowsLtvAndBand();
    void gaugeUndefinedLtv();
    void distancesForDocumentedUnit();
    void distancesPastBands();
    void repayToTarget();
    void keyFigures();
    void collateralTreeAndChart();
    void bannerHiddenWhenLive();
    void bannerOnNetworkError();
    void bannerWhenPaused();
    void errorTextCovers_data();
    void errorTextCovers();
    void staleCaption();
    void selectsFirstUnitAndKeepsSelection();
    void statusBar();
    void screenshots_data();
    void screenshots();

private:
    QString m_shots;
};

void TestDashboardWidget::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    m_shots = qEnvironmentVariable("LOANDESK_SCREENSHOT_DIR",
                                   QDir::tempPath() + QStringLiteral("/loandesk-ui-screenshots"));
    QDir().mkpath(m_shots);
}

void TestDashboardWidget::gaugeShowsLtvAndBand() {
    MonitorState state;
    DashboardWidget dash(&state);
    feed(state, {documentedExampleUnit()});
    LtvGaugeWidget *gauge = find<LtvGaugeWidget>(&dash, "ltvGauge");
    QCOMPARE(gauge->groupId(), 1);
    QCOMPARE(gauge->valueText(), QStringLiteral("59.21 %"));
    QCOMPARE(gauge->bandText(), QStringLiteral("Normal"));
    QCOMPARE(gauge->detailText(), QStringLiteral("Below the warning level (75.00 %)"));
    QVERIFY(gauge->accessibleDescription().contains(QStringLiteral("Normal")));

    state.setBands(1, LtvBands{dec("0.5"), dec("0.55"), dec("0.58"), dec("0.7")});
    settle(state);
    QCOMPARE(gauge->bandText(), QStringLiteral("Margin call"));
    QVERIFY(gauge->detailText().contains(QStringLiteral("58.00 %")));
}

void TestDashboardWidget::gaugeUndefinedLtv() {
    MonitorState state;
    DashboardWidget dash(&state);
    RiskUnit u = documentedExampleUnit();
    u.totalMaintenanceMargin = u.totalNetEquity;
    feed(state, {u});
    QCOMPARE(dash.gauge()->valueText(), QStringLiteral("Undefined"));
    QCOMPARE(dash.gauge()->bandText(), QStringLiteral("Undefined (no equity)"));
    QCOMPARE(dash.gauge()->detailText(),
             QStringLiteral("Undefined — no equity above maintenance margin"));
    QVERIFY(find<QLabel>(&dash, "distanceNote")->isVisibleTo(&dash));
    QVERIFY(
        find<QLabel>(&dash, "distance.marginCall")->text().contains(QStringLiteral("undefined")));
}

void TestDashboardWidget::distancesForDocumentedUnit() {
    MonitorState state;
    DashboardWidget dash(&state);
    feed(state, {documentedExampleUnit()});
    // LTV = 15.30718771 / (26.35196946 − 0.50106177) = 0.59213347; drop d = 1 − LTV / threshold,
    // shown rounded down to 0.01 %.
    QCOMPARE(find<QLabel>(&dash, "distance.warning")->text(),
             QStringLiteral("Warning if collateral falls 21.04 %"));
    QCOMPARE(find<QLabel>(&dash, "distance.initial")->text(),
             QStringLiteral("Initial LTV if collateral falls 25.98 %"));
    QCOMPARE(find<QLabel>(&dash, "distance.marginCall")->text(),
             QStringLiteral("Margin call if collateral falls 34.20 %"));
    QCOMPARE(find<QLabel>(&dash, "distance.liquidation")->text(),
             QStringLiteral("Liquidation if collateral falls 40.78 %"));
    QCOMPARE(find<QLabel>(&dash, "stress.10")->text(),
             QStringLiteral("Collateral −10 % → LTV 65.79 % · Normal"));
    QVERIFY(!find<QLabel>(&dash, "distanceNote")->isVisibleTo(&dash));
}

void TestDashboardWidget::distancesPastBands() {
    MonitorState state;
    DashboardWidget dash(&state);
    // 24 / 25.85090769 = 0.9284 → past warning, initial and margin call.
    feed(state, {withLiability(documentedExampleUnit(), "24")});
    QCOMPARE(dash.gauge()->bandText(), QStringLiteral("Margin call"));
    QCOMPARE(find<QLabel>(&dash, "distance.warning")->text(),
             QStringLiteral("Past the warning level"));
    QCOMPARE(find<QLabel>(&dash, "distance.marginCall")->text(),
             QStringLiteral("Past margin call"));
    QVERIFY(find<QLabel>(&dash, "distance.liquidation")
                ->text()
                .startsWith(QStringLiteral("Liquidation if collateral falls 7.")));
}

void TestDashboardWidget::repayToTarget() {
    MonitorState state;
    DashboardWidget dash(&state);
    feed(state, {documentedExampleUnit()});
    QDoubleSpinBox *target = find<QDoubleSpinBox>(&dash, "repayTargetSpin");
    QCOMPARE(target->value(), 75.0); // the warning level by default
    QCOMPARE(dash.distancePanel()->repayText(),
             QStringLiteral("LTV is already at or below 75.00 %; no repayment needed."));
    target->setValue(50);
    // R = (L − T(E − M)) / (1 − T) = (15.30718771 − 12.925453845) / 0.5, rounded up
    QCOMPARE(dash.distancePanel()->repayText(),
             QStringLiteral("Repay 4.77 USDT to return to 50.00 % LTV.")); // 4.76346773, up
}

void TestDashboardWidget::keyFigures() {
    MonitorState state;
    DashboardWidget dash(&state);
    feed(state, {documentedExampleUnit()});
    KeyFiguresPanel *panel = dash.keyFiguresPanel();
    // One precision per kind of figure: USD with 2 places, ratios as percentages.
    QCOMPARE(panel->valueText(QStringLiteral("totalNetEquity")), QStringLiteral("26.35"));
    QCOMPARE(panel->valueText(QStringLiteral("totalLiability")), QStringLiteral("15.31"));
    QCOMPARE(panel->valueText(QStringLiteral("computedLtv")), QStringLiteral("59.21 %"));
    QCOMPARE(panel->valueText(QStringLiteral("ltv")), QStringLiteral("59.20 %"));
    // No value is elided: each column is at least as wide as its widest cell wants.
    QAbstractItemView *view = find<QTableView>(&dash, "keyFiguresView");
    auto *table = static_cast<QTableView *>(view);
    for (int c = 0; c < 2; ++c)
        QVERIFY(table->columnWidth(c) >= view->sizeHintForColumn(c));
    // And the values sit against the panel's right edge, with no empty band beside them.
    dash.resize(1400, 900);
    dash.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dash));
    QTRY_COMPARE(table->columnWidth(0) + table->columnWidth(1), table->viewport()->width());
}

void TestDashboardWidget::collateralTreeAndChart() {
    MonitorState state;
    DashboardWidget dash(&state);
    feed(state, {documentedExampleUnit()});
    QTreeView *tree = find<QTreeView>(&dash, "collateralTree");
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 5);
    const QModelIndex first = model->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("collateral001@test.com"));
    QVERIFY(tree->isExpanded(first));
    QCOMPARE(model->rowCount(first), 2);
    QCOMPARE(model->index(1, 0, first).data().toString(), QStringLiteral("Cross Margin"));
    // The cell at the column's precision; the exact figure in its tooltip and in a copy.
    const QModelIndex equity = model->index(1, 2, first);
    QCOMPARE(equity.data().toString(), QStringLiteral("4.99"));
    QCOMPARE(equity.data(Qt::ToolTipRole).toString(), QStringLiteral("4.98938226"));
    tree->selectionModel()->select(equity,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(ExactCopy::selectionText(tree),
             QStringLiteral("Cross Margin\t\t4.98938226\t0.50106177\t0.189336"));

    auto *chart = find<CollateralShareChart>(&dash, "collateralShareChart");
    QCOMPARE(chart->labels().size(), 5);
    // Largest share first; the credit account is named as such.
    QCOMPARE(chart->labels().first(), QStringLiteral("collateral001"));
    QVERIFY(chart->labels().at(3) == QStringLiteral("CREDIT20241120 (credit)") ||
            chart->labels().at(3) == QStringLiteral("Credit account"));

    // The bars as drawn (QtCharts' bottom row first), each a member's share in percent.
    const auto drawn = [chart] {
        QList<double> lengths;
        const auto *series = qobject_cast<QAbstractBarSeries *>(chart->chart()->series().value(0));
        if (!series || series->barSets().size() != 2)
            return lengths;
        for (int i = 0; i < series->barSets().at(0)->count(); ++i)
            lengths.append(series->barSets().at(0)->at(i) + series->barSets().at(1)->at(i));
        return lengths;
    };
    const auto sharesOf = [](const RiskUnit &u) {
        QList<double> shares;
        for (const CollateralAccount &m : u.members)
            shares.append(m.netEquity().toDouble() * 100 / u.totalNetEquity.toDouble());
        std::sort(shares.begin(), shares.end()); // bottom (smallest) to top
        return shares;
    };
    const auto near = [](const QList<double> &a, const QList<double> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (std::abs(a.at(i) - b.at(i)) > 0.006)
                return false;
        return true;
    };
    RiskUnit moved = documentedExampleUnit();
    QVERIFY(near(drawn(), sharesOf(moved)));
    // A price move: the largest member's wallet loses a fifth, no bar changes place; the bars
    // follow the poll.
    Wallet &largest = moved.members[0].wallets[0];
    const Decimal lost = largest.netEquity.dividedBy(Decimal::fromInt(5));
    largest.netEquity -= lost;
    moved.totalNetEquity -= lost;
    feed(state, {moved});
    QCOMPARE(chart->labels().first(), QStringLiteral("collateral001"));
    QVERIFY2(near(drawn(), sharesOf(moved)), "the bars kept the previous poll's shares");
    // A move that reorders the members: the largest is now another account.
    const Decimal rest = moved.members[0].netEquity() - Decimal::fromInt(1);
    largest.netEquity -= rest;
    moved.totalNetEquity -= rest;
    feed(state, {moved});
    QVERIFY(chart->labels().first() != QStringLiteral("collateral001"));
    QCOMPARE(chart->labels().last(), QStringLiteral("collateral001"));
    QVERIFY(near(drawn(), sharesOf(moved)));

    dash.setMaskEmails(true);
    QCOMPARE(first.data().toString(), QStringLiteral("co***01@t***.com"));
    QVERIFY(chart->labels().contains(QStringLiteral("co***01@t***.com")));
}

void TestDashboardWidget::bannerHiddenWhenLive() {
    MonitorState state;
    DashboardWidget dash(&state);
    feed(state, {documentedExampleUnit()});
    QVERIFY(!dash.feedBanner()->isVisibleTo(&dash));
    QVERIFY(dash.feedBanner()->text().isEmpty());
}

void TestDashboardWidget::bannerOnNetworkError() {
    MonitorState state;
    DashboardWidget dash(&state);
    const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-5);
    feed(state, {documentedExampleUnit()}, fetched);
    state.applyError(
        ExchangeError::make(ExchangeError::Kind::Network, QStringLiteral("connection refused")),
        QDateTime::currentDateTimeUtc());
    settle(state);
    FeedBanner *banner = find<FeedBanner>(&dash, "feedBanner");
    QVERIFY(banner->isVisibleTo(&dash));
    const QString text = banner->text();
    QVERIFY2(text.startsWith(QStringLiteral("Cannot reach the exchange (connection refused). "
                                            "Showing data as of ") +
                             DisplayFormat::time(fetched)),
             qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("Retrying…")), qPrintable(text));
    // The figures stay on screen.
    QCOMPARE(dash.keyFiguresPanel()->valueText(QStringLiteral("totalNetEquity")),
             QStringLiteral("26.35"));

    feed(state, {documentedExampleUnit()});
    QVERIFY(!banner->isVisibleTo(&dash));
}

void TestDashboardWidget::bannerWhenPaused() {
    MonitorState state;
    DashboardWidget dash(&state);
    feed(state, {documentedExampleUnit()});
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(90);
    ExchangeError limited = ExchangeError::make(ExchangeError::Kind::RateLimited,
                                                QStringLiteral("Too many requests"), 429);
    limited.retryAfter = until;
    state.applyError(limited, QDateTime::currentDateTimeUtc());
    state.setPausedUntil(until);
    settle(state);
    QVERIFY2(dash.feedBanner()->text().startsWith(
                 QStringLiteral("Rate limit reached: polling paused until %1.")
                     .arg(DisplayFormat::time(until))),
             qPrintable(dash.feedBanner()->text()));
    QVERIFY(DisplayFormat::time(until).endsWith(QStringLiteral(" UTC")));
}

void TestDashboardWidget::errorTextCovers_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    using K = ExchangeError::Kind;
    const auto row = [](const char *name, K kind, int code, const char *text) {
        QTest::newRow(name) << int(kind) << code << QString::fromUtf8(text);
    };
    row("signature", K::Signature, -1022, "The API secret does not match this key (-1022).");
    row("auth", K::Auth, -2015,
        "The key is invalid, not allowed from this IP, or lacks permission (-2015).");
    row("clock", K::Clock, -1021, "This computer's clock and the exchange's disagree");
    row("borrow limit", K::Business, -27009, "maximum this risk unit may borrow (-27009)");
    row("initial", K::Business, -27020, "initial LTV threshold (-27020)");
    row("no liability", K::Business, -27011, "no liability to repay");
    row("liquidating", K::Business, -27024, "being liquidated; try again later (-27024)");
    row("liquidating 1024", K::Business, -1024, "being liquidated; try again later (-1024)");
    row("pending", K::Business, -27025, "still being processed");
    row("collateral added", K::Business, -27031, "2 minutes after a collateral account");
    row("margin", K::Business, -27012, "not enough available margin for this borrow (-27012)");
    row("other", K::Business, -27999, "Exchange error -27999: Insufficient margin");
    row("timeout", K::Timeout, 0, "did not answer in time");
    row("tls", K::Tls, 0, "secure connection");
    row("redirect", K::Redirect, 0, "redirect (HTTP 302)");
    row("rate", K::RateLimited, 0, "Rate limit reached");
    row("banned", K::Banned, 0, "banned this IP address");
    row("server", K::Server, 0, "server error (HTTP 502)");
    row("parse", K::Parse, 0, "cannot read");
    row("http", K::Http, 0, "HTTP status 404");
}

void TestDashboardWidget::errorTextCovers() {
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(QString, expected);
    const int status = kind == int(ExchangeError::Kind::Redirect) ? 302
                       : kind == int(ExchangeError::Kind::Server) ? 502
                       : kind == int(ExchangeError::Kind::Http)   ? 404
                                                                  : 400;
    const QString text = errorText(ExchangeError::make(
        ExchangeError::Kind(kind), QStringLiteral("Insufficient margin"), status, code));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(errorText(ExchangeError::none()).isEmpty());
}

void TestDashboardWidget::staleCaption() {
    MonitorState state;
    state.setStaleAfterMs(15000);
    DashboardWidget dash(&state);
    const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-180);
    feed(state, {documentedExampleUnit()}, fetched);
    auto *keyFrame = find<PanelFrame>(&dash, "keyFiguresFrame");
    QTRY_VERIFY(keyFrame->isStale());
    const QString caption = keyFrame->caption();
    QVERIFY2(
        caption.contains(QStringLiteral("as of %1, 3 min ago").arg(DisplayFormat::time(fetched))),
        qPrintable(caption));
    QVERIFY(find<PanelFrame>(&dash, "gaugeFrame")->isStale());
    QVERIFY(find<PanelFrame>(&dash, "collateralFrame")->isStale());
    // Stale, never blank.
    QCOMPARE(dash.keyFiguresPanel()->valueText(QStringLiteral("totalNetEquity")),
             QStringLiteral("26.35"));
    QCOMPARE(dash.gauge()->valueText(), QStringLiteral("59.21 %"));
    QVERIFY(dash.feedBanner()->text().startsWith(QStringLiteral("Data is stale.")));

    feed(state, {documentedExampleUnit()});
    QVERIFY(!keyFrame->isStale());
    QVERIFY(keyFrame->caption().isEmpty());
}

void TestDashboardWidget::selectsFirstUnitAndKeepsSelection() {
    MonitorState state;
    DashboardWidget dash(&state);
    QSignalSpy selected(&dash, &DashboardWidget::groupSelected);
    RiskUnit second = withLiability(documentedExampleUnit(), "20");
    second.groupId = 7;
    feed(state, {second, documentedExampleUnit()});
    QCOMPARE(dash.selectedGroupId(), 1); // first in the list, which is sorted by id
    QCOMPARE(selected.last().first().toLongLong(), 1);

    dash.selectGroup(7);
    QCOMPARE(dash.selectedGroupId(), 7);
    QCOMPARE(dash.gauge()->groupId(), 7);
    QCOMPARE(dash.gauge()->bandText(), QStringLiteral("Warning")); // 20 / 25.85 = 0.7737

    // A refresh, even one that changes the set of units, keeps the user's choice.
    RiskUnit third = documentedExampleUnit();
    third.groupId = 9;
    feed(state, {documentedExampleUnit(), second, third});
    QCOMPARE(dash.selectedGroupId(), 7);
    // The selected unit disappears: fall back to the first.
    feed(state, {documentedExampleUnit(), third});
    QCOMPARE(dash.selectedGroupId(), 1);

    auto *list = find<QTableView>(&dash, "unitListView");
    QCOMPARE(list->model()->index(0, 2).data().toString(), QStringLiteral("Normal"));
}

void TestDashboardWidget::statusBar() {
    MonitorState state;
    ServerClock clock;
    WeightTracker weights;
    StatusBarWidgets bar(&state, &clock, &weights);
    QCOMPARE(find<QLabel>(&bar, "statusFeed")->text(), QStringLiteral("Connecting"));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    feed(state, {documentedExampleUnit()}, at);
    QCOMPARE(find<QLabel>(&bar, "statusFeed")->text(), QStringLiteral("Live"));
    QCOMPARE(find<QLabel>(&bar, "statusLastPoll")->text(),
             QStringLiteral("Last update ") + DisplayFormat::time(at));
    clock.applySample(1000, 2250, 1500); // server 1 000 ms ahead of the midpoint
    QCOMPARE(find<QLabel>(&bar, "statusClockOffset")->text(),
             QStringLiteral("Clock offset +1,000 ms"));
    weights.recordUsage(StatusBarWidgets::ltvDetailsPath(), WeightTracker::Scope::Ip, 400);
    QCOMPARE(find<QLabel>(&bar, "statusWeight")->text(),
             QStringLiteral("Weight 400 / 12,000 per min"));
}

void TestDashboardWidget::screenshots_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("tenMembers");
    QTest::addColumn<bool>("degraded");
    QTest::addColumn<bool>("masked");
    QTest::newRow("light-documented") << false << false << false << false;
    QTest::newRow("dark-documented") << true << false << false << false;
    QTest::newRow("light-ten-members") << false << true << false << false;
    QTest::newRow("light-ten-members-masked") << false << true << false << true;
    QTest::newRow("dark-ten-members-stale") << true << true << true << false;
}

void TestDashboardWidget::screenshots() {
    QFETCH(bool, dark);
    QFETCH(bool, tenMembers);
    QFETCH(bool, degraded);
    QFETCH(bool, masked);
    const QPalette original = QApplication::palette();
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

    MonitorState state;
    DashboardWidget dash(&state);
    dash.setMaskEmails(masked);
    dash.resize(1280, 800);
    dash.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dash));
    RiskUnit second = withLiability(documentedExampleUnit(), "23.5");
    second.groupId = 2;
    QList<RiskUnit> units = {documentedExampleUnit(), second};
    if (tenMembers)
        units.append(tenMemberUnit());
    feed(state, units,
         degraded ? QDateTime::currentDateTimeUtc().addSecs(-200)
                  : QDateTime::currentDateTimeUtc());
    if (tenMembers)
        dash.selectGroup(4821);
    if (degraded) {
        state.applyError(
            ExchangeError::make(ExchangeError::Kind::Network, QStringLiteral("connection refused")),
            QDateTime::currentDateTimeUtc());
        settle(state);
        dash.feedBanner()->refresh();
    }
    QTest::qWait(50);
    const QImage image = dash.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    const QString path =
        m_shots + u'/' + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png");
    QVERIFY(image.save(path));
    qInfo("screenshot: %s", qPrintable(path));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestDashboardWidget)
#include "tst_dashboardwidget.moc"
