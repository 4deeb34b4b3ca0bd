#include "secretstoretestutil.h"

#include "settings/memorysecretstore.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

class tst_MemorySecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove();
    void deadContextGetsNoCallback();
};

void tst_MemorySecretStore::writeReadRemove() {
    MemorySecretStore store;
    const QString name = SecretStore::nameForKey(QStringLiteral("key1"));
    auto r = awaitSecret([&](QObject *c, SecretCallback cb) { store.read(name, c, cb); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);
    r = awaitSecret([&](QObject *c, SecretCallback cb) { store.write(name, "s3cret", c, cb); });
    QVERIFY(r->ok());
    QVERIFY(r->inMemoryOnly);
    r = awaitSecret([&](QObject *c, SecretCallback cb) { store.read(name, c, cb); });
    QVERIFY(r->ok());
    QCOMPARE(r->secret, QByteArray("s3cret"));
    r = awaitSecret([&](QObject *c, SecretCallback cb) { store.remove(name, c, cb); });
    QVERIFY(r->ok());
    r = awaitSecret([&](QObject *c, SecretCallback cb) { store.read(name, c, cb); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);
}

void tst_MemorySecretStore::deadContextGetsNoCallback() {
    MemorySecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(QStringLiteral("x"), &context, [&](const SecretResult &) { called = true; });
    }
    QTest::qWait(10);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_MemorySecretStore)
#include "tst_memorysecretstore.moc"
