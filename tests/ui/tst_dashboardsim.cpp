#include "../integration/simfixture.h"
#include "testhelpers.h"

#include "exchange/weighttracker.h"
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
    void aThreeDayBanPausesTenMinutes();
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
             DisplayFormat::usd(truth.totalLiability));
    QCOMPARE(dashboard.keyFiguresPanel()->valueText(QStringLiteral("totalNetEquity")),
             DisplayFormat::usd(truth.totalNetEquity));
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

void tst_DashboardSim::aThreeDayBanPausesTenMinutes() {
    // An exchange (or a proxy in between) that asks for days of silence gets ten minutes: the
    // desk must not go blind until someone restarts it.
    sim::SimExchange ex(frozenCalm(), 3);
    QVERIFY(ex.listen());
    MonitorSession session(ex.baseUrl(), ex.parentCredentials());
    session.scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    DashboardWidget dashboard(session.state());
    dashboard.show();
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.selectedGroupId(), 10001, 5000);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    ex.faults()->addOnce(QStringLiteral("ltv-details"), Fault::Banned, 3 * 24 * 3600);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.feedBanner()->isVisible(), 8000);
    const QDateTime until = session.state()->pausedUntil();
    QVERIFY2(until <= QDateTime::currentDateTimeUtc().addSecs(10 * 60) &&
                 until >= before.addSecs(10 * 60),
             qPrintable(until.toString(Qt::ISODate)));
    // every endpoint waits as long, not just the one that was refused
    QVERIFY(qAbs(session.weights()->bannedUntil().msecsTo(until)) < 1000);
    const QString text = dashboard.feedBanner()->text();
    // the time of day in the desk's zone, named; with the date when the pause crosses midnight
    const bool namesTheEnd =
        text.contains(QStringLiteral("until ") + DisplayFormat::time(until)) ||
        text.contains(QStringLiteral("until ") + DisplayFormat::dateTime(until));
    QVERIFY2(text.contains(QStringLiteral("banned")) && namesTheEnd &&
                 text.contains(QStringLiteral("Polling resumes in 9 min")),
             qPrintable(text));
}

QTEST_MAIN(tst_DashboardSim)
#include "tst_dashboardsim.moc"
