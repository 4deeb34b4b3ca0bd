#include "ed25519testkey.h"
#include "simfixture.h"

#include "exchange/ed25519signer.h"
#include "exchange/requestsigner.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// Ed25519 keys end to end: the client signs with a key pair generated now, the simulator
// verifies with the public key, and a wrong or unreadable key is refused.
class tst_Ed25519AgainstSim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signerProducesVerifiableBase64();
    void parentKeyMonitorsAndCreditKeyBorrows();
    void wrongKeyIsASignatureError();
    void unreadablePemIsNotSent();

private:
    static sim::SimAccount account(sim::SimAccount::Role role, qint64 groupId, const QString &key,
                                   const QByteArray &publicPem) {
        sim::SimAccount a;
        a.role = role;
        a.groupId = groupId;
        a.email = key + QStringLiteral("@loandesk.test");
        a.credentials = ApiCredentials{key, QByteArrayLiteral("unused-hmac")};
        a.ed25519PublicKey = publicPem;
        return a;
    }
};

void tst_Ed25519AgainstSim::signerProducesVerifiableBase64() {
    const Ed25519TestKey key = Ed25519TestKey::generate();
    QVERIFY(!key.privatePem.isEmpty());
    const Ed25519Signer signer(key.privatePem);
    QVERIFY(signer.isValid());
    QCOMPARE(signer.publicKeyPem(), key.publicPem);
    const QByteArray sig = signer.signBase64("groupId=1&timestamp=1499827319559");
    QCOMPARE(QByteArray::fromBase64(sig).size(), 64);
    // deterministic (RFC 8032), so equal payloads give equal signatures
    QCOMPARE(signer.signBase64("groupId=1&timestamp=1499827319559"), sig);
    const RequestSigner rs(std::make_shared<const Ed25519Signer>(key.privatePem));
    const RequestSigner::Signed s =
        rs.signQuery({{QStringLiteral("groupId"), QStringLiteral("1")}}, 1499827319559);
    QCOMPARE(s.payload, QByteArray("groupId=1&recvWindow=5000&timestamp=1499827319559"));
    QVERIFY(s.query.endsWith(QByteArray("&signature=" + s.signature)));
    QCOMPARE(QByteArray::fromPercentEncoding(s.signature), signer.signBase64(s.payload));
    QVERIFY(!s.signature.contains('+') && !s.signature.contains('/') && !s.signature.contains('='));
    QVERIFY(!Ed25519Signer(QByteArrayLiteral("not a pem")).isValid());
}

void tst_Ed25519AgainstSim::parentKeyMonitorsAndCreditKeyBorrows() {
    SimFixture sim;
    const Ed25519TestKey parentKey = Ed25519TestKey::generate();
    const Ed25519TestKey creditKey = Ed25519TestKey::generate();
    sim.exchange().addAccount(account(sim::SimAccount::Role::Parent, 0, QStringLiteral("ed-parent"),
                                      parentKey.publicPem));
    sim.exchange().addAccount(account(sim::SimAccount::Role::Credit, 10001,
                                      QStringLiteral("ed-credit"), creditKey.publicPem));
    auto parent = sim.client(
        {QStringLiteral("ed-parent"), parentKey.privatePem, ApiCredentials::KeyKind::Ed25519});
    const auto units = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { parent->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY2(units.ok(), qPrintable(units.error().message));
    QCOMPARE(units.value().size(), 2);
    // a POST: the signature travels in the body
    auto credit = sim.client(
        {QStringLiteral("ed-credit"), creditKey.privatePem, ApiCredentials::KeyKind::Ed25519});
    const auto borrowed = await<BorrowResult>([&](QObject *c, auto cb) {
        credit->borrow({10001, QStringLiteral("USDT"), Decimal::fromInt(1000)}, c, cb);
    });
    QVERIFY2(borrowed.ok(), qPrintable(borrowed.error().message));
    QCOMPARE(borrowed.value().amount, Decimal::fromInt(1000));
}

void tst_Ed25519AgainstSim::wrongKeyIsASignatureError() {
    SimFixture sim;
    const Ed25519TestKey registered = Ed25519TestKey::generate();
    const Ed25519TestKey other = Ed25519TestKey::generate();
    sim.exchange().addAccount(
        account(sim::SimAccount::Role::Parent, 0, QStringLiteral("ed"), registered.publicPem));
    auto client =
        sim.client({QStringLiteral("ed"), other.privatePem, ApiCredentials::KeyKind::Ed25519});
    const auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ExchangeError::Kind::Signature);
    QCOMPARE(r.error().code, -1022);
}

void tst_Ed25519AgainstSim::unreadablePemIsNotSent() {
    SimFixture sim;
    sim.exchange().clearRequestLog();
    auto client = sim.client({QStringLiteral("ed"), QByteArrayLiteral("-----BEGIN nonsense"),
                              ApiCredentials::KeyKind::Ed25519});
    const auto r = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ExchangeError::Kind::Auth);
    QVERIFY(sim.exchange().requestLog().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Ed25519AgainstSim)
#include "tst_ed25519againstsim.moc"
