#include "simfixture.h"

#include "common/errortext.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "settings/memorysecretstore.h"
#include "settings/profileopener.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// What a user sees when the credentials or the profile are wrong: each error reaches the UI
// as the right value and words.
class tst_ProfileBadInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ResolvedProfile>();
        qRegisterMetaType<ProfileOpener::Failure>();
    }
    void wrongSecret();
    void keyWithoutPermission();
    void keyRevokedWhileRunning();
    void unreachableHost();
    void profileFileEditedIntoNonsense();
    void profileWithoutItsSecret();
};

void tst_ProfileBadInput::wrongSecret() {
    SimFixture sim;
    ApiCredentials wrong = sim.exchange().parentCredentials();
    wrong.secret = "not-the-secret";
    auto client = sim.client(wrong);
    const auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ExchangeError::Kind::Signature);
    QCOMPARE(r.error().code, -1022);
    QVERIFY(
        errorText(r.error()).contains(QStringLiteral("The API secret does not match this key")));
}

void tst_ProfileBadInput::keyWithoutPermission() {
    SimFixture sim;
    auto unknown = sim.client({QStringLiteral("no-such-key"), "secret"});
    const auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { unknown->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ExchangeError::Kind::Auth);
    QCOMPARE(r.error().code, -2015);
    QVERIFY(errorText(r.error()).contains(QStringLiteral("lacks permission")));
    // a credit key asking for the parent-only list of units is refused, not revoked
    auto credit = sim.credit(10001);
    const auto active =
        await<QList<ActiveUnit>>([&](QObject *c, auto cb) { credit->fetchActiveUnits(c, cb); });
    QVERIFY(!active.ok());
    QCOMPARE(active.error().kind, ExchangeError::Kind::Auth);
}

void tst_ProfileBadInput::keyRevokedWhileRunning() {
    SimFixture sim;
    MonitorSession session(sim.exchange().baseUrl(), sim.exchange().parentCredentials());
    session.scheduler()->setLtvIntervalMs(PollScheduler::MinLtvIntervalMs);
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 5000);
    sim.exchange().revokeKey(sim.exchange().parentCredentials().apiKey);
    QTRY_VERIFY_WITH_TIMEOUT(session.state()->lastError().has_value(), 8000);
    QCOMPARE(session.state()->lastError()->code, -2015);
    QCOMPARE(session.state()->feed(), MonitorState::Feed::Degraded);
    QCOMPARE(session.state()->unitCount(), 2); // the last good data stays on screen
}

void tst_ProfileBadInput::unreachableHost() {
    SimFixture sim;
    auto client = sim.client(sim.exchange().parentCredentials());
    client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    const auto r = await<qint64>([&](QObject *c, auto cb) { client->syncTime(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ExchangeError::Kind::Network);
    QVERIFY(errorText(r.error()).startsWith(QStringLiteral("Cannot reach the exchange")));
}

void tst_ProfileBadInput::profileFileEditedIntoNonsense() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"schemaVersion\": 2, \"profiles\": [ {\"name\": \"desk\", \"baseUrl\": 42");
    f.close();
    MemorySecretStore secrets;
    ProfileOpener opener(&secrets, path);
    QSignalSpy failed(&opener, &ProfileOpener::failed);
    opener.open(QStringLiteral("desk"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().at(0).value<ProfileOpener::Failure>(),
             ProfileOpener::Failure::ProfileFileUnusable);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral(".bad-")));
    QVERIFY(!QFile::exists(path));
}

void tst_ProfileBadInput::profileWithoutItsSecret() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(path);
    Profile p;
    p.name = QStringLiteral("desk");
    p.parentKeyId = QStringLiteral("KEY-ID");
    store.upsert(p);
    QVERIFY(store.save());
    MemorySecretStore secrets;
    ProfileOpener opener(&secrets, path);
    opener.setUseEnvironment(false);
    QSignalSpy failed(&opener, &ProfileOpener::failed);
    opener.open(QStringLiteral("desk"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().at(0).value<ProfileOpener::Failure>(),
             ProfileOpener::Failure::NoSecret);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("KEY-ID"));
    opener.open(QStringLiteral("nobody"));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.last().at(0).value<ProfileOpener::Failure>(),
             ProfileOpener::Failure::NoSuchProfile);
}

QTEST_MAIN(tst_ProfileBadInput)
#include "tst_profilebadinput.moc"
