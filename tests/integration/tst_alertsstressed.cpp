#include "simfixture.h"
#include "testhelpers.h"

#include "alerts/alertengine.h"
#include "alerts/alertlog.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// The alert engine on the real pipeline: the `stressed` scenario's unit 20001 is driven through
// the bands with price shocks; every level fires once, escalates on the way up, and re-arms only
// after LTV falls below the re-arm level.
class tst_AlertsStressed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void levelsFireOnceAndRearm();

private:
    bool poll(MonitorSession &session, sim::SimExchange &ex) {
        // Many polls in a few seconds: far beyond the weight budget, which is not under test.
        ex.resetRateLimits();
        std::optional<ExchangeError> result;
        session.fetchOnce(std::nullopt, [&](ExchangeError e) { result = e; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && !result->isError();
    }
    static void shock(sim::SimExchange &ex, const char *factor) {
        for (const char *asset : {"BTC", "ETH", "SOL", "BNB"}) {
            const QString name = QString::fromLatin1(asset);
            const Decimal now = ex.engine().market().price(name);
            ex.engine().setPrice(name, (now * dec(factor)).rounded(8));
        }
    }
    static Decimal ltvOf(MonitorSession &s, qint64 id) {
        return s.state()->unit(id)->unit.computedLtv().value_or(Decimal::fromInt(999));
    }
    QList<Alert> alertsFor(const QList<Alert> &all, qint64 id, Alert::Kind kind) {
        QList<Alert> out;
        for (const Alert &a : all) {
            if (a.groupId == id && a.kind == kind)
                out.append(a);
        }
        return out;
    }
};

void tst_AlertsStressed::levelsFireOnceAndRearm() {
    qRegisterMetaType<Alert>();
    QTemporaryDir dir;
    SimFixture sim(QStringLiteral("stressed"));
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    AlertEngine engine(session.state());
    AlertSettings settings;
    settings.cooldownSeconds = 0; // the test moves faster than any cooldown
    engine.setSettings(settings);
    AlertLog log(dir.filePath(QStringLiteral("alerts.jsonl")));
    connect(&engine, &AlertEngine::alertRaised, &log, [&log](const Alert &a) { log.append(a); });

    // On start 20001 is already past warning (≈ 0.84): it alerts at once, with the worst level.
    QVERIFY(poll(session, sim.exchange()));
    engine.evaluate();
    QCOMPARE(alertsFor(log.alerts(), 20001, Alert::Kind::LtvWarning).size(), 1);
    QVERIFY(alertsFor(log.alerts(), 20002, Alert::Kind::LtvWarning).isEmpty());

    // Up through margin call to liquidation imminent (0.97), in small shocks.
    for (int i = 0; i < 200 && ltvOf(session, 20001) < dec("0.975"); ++i) {
        shock(sim.exchange(), "0.997");
        QVERIFY(poll(session, sim.exchange()));
        engine.evaluate();
        engine.evaluate(); // evaluating twice never repeats an alert
    }
    QVERIFY(ltvOf(session, 20001) >= dec("0.975"));
    const QList<Alert> all = log.alerts();
    QCOMPARE(alertsFor(all, 20001, Alert::Kind::LtvWarning).size(), 1);
    const QList<Alert> marginCall = alertsFor(all, 20001, Alert::Kind::MarginCall);
    QCOMPARE(marginCall.size(), 1);
    QVERIFY(*marginCall.first().value >= dec("0.9"));
    QCOMPARE(alertsFor(all, 20001, Alert::Kind::LiquidationImminent).size(), 1);
    // escalation every further +0.02 between margin call and imminent: 0.92, 0.94, 0.96
    const QList<Alert> escalations = alertsFor(all, 20001, Alert::Kind::LtvEscalation);
    QVERIFY2(escalations.size() >= 2 && escalations.size() <= 4,
             qPrintable(QString::number(escalations.size())));
    Decimal previous = *marginCall.first().value;
    for (const Alert &a : escalations) {
        QVERIFY(*a.value >= previous + dec("0.02"));
        previous = *a.value;
    }
    for (const Alert &a : all) {
        QVERIFY(a.raisedAt.isValid());
        QCOMPARE(a.raisedAt.timeSpec(), Qt::UTC);
    }

    // Down below the warning re-arm level (0.73), then up again: warning fires a second time.
    for (int i = 0; i < 200 && ltvOf(session, 20001) >= dec("0.72"); ++i) {
        shock(sim.exchange(), "1.02");
        QVERIFY(poll(session, sim.exchange()));
        engine.evaluate();
    }
    QCOMPARE(alertsFor(log.alerts(), 20001, Alert::Kind::LtvWarning).size(), 1);
    for (int i = 0; i < 200 && ltvOf(session, 20001) < dec("0.76"); ++i) {
        shock(sim.exchange(), "0.995");
        QVERIFY(poll(session, sim.exchange()));
        engine.evaluate();
    }
    QCOMPARE(alertsFor(log.alerts(), 20001, Alert::Kind::LtvWarning).size(), 2);
    QCOMPARE(alertsFor(log.alerts(), 20001, Alert::Kind::MarginCall).size(), 1);
}

QTEST_GUILESS_MAIN(tst_AlertsStressed)
#include "tst_alertsstressed.moc"
