#include "secretstoretestutil.h"
#include "simfixture.h"

#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "session/sessionsetup.h"
#include "settings/keychainsecretstore.h"
#include "settings/profileopener.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// "Create a profile against the simulator, restart, connected without re-entering the secret":
// two lifetimes of ProfileStore + KeychainSecretStore on the same file and keychain. Needs a
// Secret Service; ctest runs it inside dbus-run-session with gnome-keyring-daemon.
class tst_ProfileRestart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ResolvedProfile>();
        qRegisterMetaType<ProfileOpener::Failure>();
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loandesk-test-bus");
    }
    void connectsAfterRestartWithoutTheSecret();
};

void tst_ProfileRestart::connectsAfterRestartWithoutTheSecret() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    SimFixture sim;
    const ApiCredentials parent = sim.exchange().parentCredentials();
    const ApiCredentials credit = sim.exchange().creditCredentials(10001);
    const QString service = QStringLiteral("LoanDeskRestartTest");

    { // first run: the user creates the profile and types the secrets once
        ProfileStore store(path);
        store.load();
        Profile p;
        p.name = QStringLiteral("Sim desk");
        p.baseUrl = sim.exchange().baseUrl();
        p.parentKeyId = parent.apiKey;
        p.creditKeyIds.insert(10001, credit.apiKey);
        QCOMPARE(p.validate(), Profile::Issue::None);
        store.upsert(p);
        QVERIFY(store.save());
        KeychainSecretStore secrets(service);
        auto w = awaitSecret([&](QObject *c, SecretCallback cb) {
            secrets.write(SecretStore::nameForKey(parent.apiKey), parent.secret, c, cb);
        });
        QVERIFY(w && w->ok());
        if (w->inMemoryOnly)
            QSKIP("no keychain service running (ctest runs this under dbus-run-session with "
                  "gnome-keyring-daemon when both are installed)");
        w = awaitSecret([&](QObject *c, SecretCallback cb) {
            secrets.write(SecretStore::nameForKey(credit.apiKey), credit.secret, c, cb);
        });
        QVERIFY(w && w->ok() && !w->inMemoryOnly);
    }

    // second run: nothing typed; the profile and the keychain are enough
    KeychainSecretStore secrets(service);
    ProfileOpener opener(&secrets, path);
    opener.setUseEnvironment(false);
    QSignalSpy opened(&opener, &ProfileOpener::opened);
    opener.open(QStringLiteral("Sim desk"));
    QVERIFY(opened.wait(10000));
    const ResolvedProfile r = opened.first().first().value<ResolvedProfile>();
    QCOMPARE(r.parent.apiKey, parent.apiKey);
    QVERIFY(r.missingKeyIds.isEmpty());
    MonitorSession session(r.profile.baseUrl, r.monitorKey());
    SessionSetup::apply(r, &session);
    QVERIFY(session.creditClient(10001));
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 8000);
    QCOMPARE(session.state()->feed(), MonitorState::Feed::Live);

    for (const QString &key : {parent.apiKey, credit.apiKey}) {
        auto d = awaitSecret([&](QObject *c, SecretCallback cb) {
            secrets.remove(SecretStore::nameForKey(key), c, cb);
        });
        QVERIFY(d && d->ok());
    }
}

QTEST_GUILESS_MAIN(tst_ProfileRestart)
#include "tst_profilerestart.moc"
