#include "secretstoretestutil.h"

#include "settings/keychainsecretstore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// Against a real Secret Service. ctest runs it twice: plain (where no keychain service is
// reachable, it checks the in-memory fallback) and inside a private dbus-run-session with
// gnome-keyring-daemon (LOANDESK_KEYRING_SESSION=1), where it checks the real keychain.
class tst_KeychainSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemoveAcrossInstances();

private:
    bool m_session = false;
};

void tst_KeychainSecretStore::initTestCase() {
    m_session = qEnvironmentVariableIsSet("LOANDESK_KEYRING_SESSION");
    if (!m_session && !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loandesk-test-bus");
}

void tst_KeychainSecretStore::writeReadRemoveAcrossInstances() {
    const QString name =
        SecretStore::nameForKey(QStringLiteral("tst-%1").arg(qApp->applicationPid()));
    const QByteArray secret = "keychain-secret-\xc3\xa9";
    bool available = false;
    {
        KeychainSecretStore store(QStringLiteral("LoanDeskTest"));
        QSignalSpy down(&store, &KeychainSecretStore::keychainUnavailable);
        auto r =
            awaitSecret([&](QObject *c, SecretCallback cb) { store.write(name, secret, c, cb); });
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->detail));
        available = !r->inMemoryOnly;
        if (!available) {
            // No keychain: the secret is still usable for this run, and the store says why.
            QCOMPARE(down.count(), 1);
            QVERIFY(!store.keychainAvailable());
            r = awaitSecret([&](QObject *c, SecretCallback cb) { store.read(name, c, cb); });
            QCOMPARE(r->secret, secret);
            if (m_session)
                QFAIL("the keyring session did not provide a Secret Service");
            QSKIP("no keychain service running: checked the in-memory fallback only (run under "
                  "dbus-run-session with gnome-keyring-daemon for the real keychain)");
        }
    }
    // A new instance (a restart) reads it back from the keychain.
    KeychainSecretStore again(QStringLiteral("LoanDeskTest"));
    auto r = awaitSecret([&](QObject *c, SecretCallback cb) { again.read(name, c, cb); });
    QVERIFY2(r->ok(), qPrintable(r->detail));
    QVERIFY(!r->inMemoryOnly);
    QCOMPARE(r->secret, secret);
    r = awaitSecret([&](QObject *c, SecretCallback cb) { again.remove(name, c, cb); });
    QVERIFY(r->ok());
    r = awaitSecret([&](QObject *c, SecretCallback cb) { again.read(name, c, cb); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
