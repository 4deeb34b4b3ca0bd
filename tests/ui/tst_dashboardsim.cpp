#include "../integration/simfixture.h"
#include "testhelpers.h"

#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "panels/dashboardwidget.h"
#include "panels/feedbanner.h"
#include "panels/keyfigurespanel.h"
#include "panels/ltvgaugewidget.h"
#include "panels/stalenessstyler.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;
using Fault = loandesk::sim::FaultInjector::Kind;

// The dashboard a user sees, fed by the real pipeline from the simulated exchange.
class tst_DashboardSim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void panelsShowTheSimulatorsFigures();
    void turnsStaleWhenTheExchangeStopsAnswering();
    void bannerExplainsThe429Pause();
};

static sim::Scenario frozenCalm() {
    sim::Scenario s = *sim::Scenario::load(QStringLiteral("calm"));
    for (sim::AssetConfig &a : s.assets) {
        a.volatility = 0;
        a.drift = 0;
    }
    return s;
}

void tst_DashboardSim::panelsShowTheSimulatorsFigures() {
    sim::SimExchange ex(frozenCalm(), 3);
    QVERIFY(ex.listen());
    MonitorSession session(ex.baseUrl(), ex.parentCredentials());
    DashboardWidget dashboard(session.state());
    dashboard.resize(1400, 900);
    dashboard.show();
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.selectedGroupId(), 10001, 5000);

    const RiskUnit truth = ex.riskUnit(10001);
    const QString ltv = DisplayFormat::percent(*truth.computedLtv());
    QTRY_COMPARE(dashboard.gauge()->valueText(), ltv);
    QCOMPARE(dashboard.gauge()->bandText(), QStringLiteral("Normal"));
    QCOMPARE(dashboard.keyFiguresPanel()->valueText(QStringLiteral("totalLiability")),
             DisplayFormat::amount(truth.totalLiability));
    QCOMPARE(dashboard.keyFiguresPanel()->valueText(QStringLiteral("totalNetEquity")),
             DisplayFormat::amount(truth.totalNetEquity));
    QVERIFY(!dashboard.feedBanner()->isVisible());

    dashboard.selectGroup(10002);
    QTRY_COMPARE(dashboard.gauge()->valueText(),
                 DisplayFormat::percent(*ex.riskUnit(10002).computedLtv()));
}

void tst_DashboardSim::turnsStaleWhenTheExchangeStopsAnswering() {
    sim::SimExchange ex(frozenCalm(), 3);
    QVERIFY(ex.listen());
    MonitorSession session(ex.baseUrl(), ex.parentCredentials());
    session.client()->setRequestTimeoutMs(1000);
    session.scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    session.scheduler()->setMissedPollsBeforeStale(1);
    DashboardWidget dashboard(session.state());
    dashboard.show();
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.selectedGroupId(), 10001, 5000);
    QTRY_VERIFY(!dashboard.gauge()->valueText().isEmpty());
    const QString before = dashboard.gauge()->valueText();

    ex.stop();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.feedBanner()->isVisible(), 8000);
    QVERIFY2(dashboard.feedBanner()->text().contains(QStringLiteral("Cannot reach")),
             qPrintable(dashboard.feedBanner()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.stalenessStyler()->isStale(), 8000);
    QVERIFY(dashboard.stalenessStyler()->captionText().contains(QStringLiteral("UTC")));
    // the last good figures stay on screen
    QCOMPARE(dashboard.gauge()->valueText(), before);
}

void tst_DashboardSim::bannerExplainsThe429Pause() {
    sim::SimExchange ex(frozenCalm(), 3);
    QVERIFY(ex.listen());
    MonitorSession session(ex.baseUrl(), ex.parentCredentials());
    session.scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    DashboardWidget dashboard(session.state());
    dashboard.show();
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.selectedGroupId(), 10001, 5000);
    ex.faults()->addOnce(QStringLiteral("ltv-details"), Fault::RateLimited, 30);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.feedBanner()->isVisible(), 8000);
    const QString text = dashboard.feedBanner()->text();
    QVERIFY2(text.contains(QStringLiteral("Rate limit")) && text.contains(QStringLiteral("until")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("UTC")));
}

QTEST_MAIN(tst_DashboardSim)
#include "tst_dashboardsim.moc"
