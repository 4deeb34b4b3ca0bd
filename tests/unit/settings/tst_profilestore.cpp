#include "settings/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;

class tst_ProfileStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsAreSafe();
    void roundTrip();
    void validatesUrls_data();
    void validatesUrls();
    void validation();
    void nonsenseFileIsMovedAsideAndDefaultsRestored_data();
    void nonsenseFileIsMovedAsideAndDefaultsRestored();
    void newerSchemaIsNotOverwritten();
    void migratesVersion1AndDropsSecrets();

private:
    static void writeFile(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
};

void tst_ProfileStore::defaultsAreSafe() {
    const Profile p;
    QVERIFY(p.readOnly);
    QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://api.binance.com")));
    QCOMPARE(p.keyKind, ApiCredentials::KeyKind::Hmac);
    QCOMPARE(p.proxy.mode, ProxySettings::Mode::System);
}

void tst_ProfileStore::roundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    Profile p;
    p.name = QStringLiteral("Treasury");
    p.parentKeyId = QStringLiteral("parentKey");
    p.keyKind = ApiCredentials::KeyKind::Ed25519;
    p.creditKeyIds.insert(10001, QStringLiteral("creditKey"));
    p.creditKeyKinds.insert(10001, ApiCredentials::KeyKind::Hmac);
    // A Portfolio Margin member's read-only key: its id and email only, never a secret.
    p.memberKeyIds.insert(QStringLiteral("pm.member@example.com"), QStringLiteral("memberKey"));
    p.portfolioBaseUrl = QUrl(QStringLiteral("https://papi.example.com"));
    p.readOnly = false;
    LtvBands b;
    b.warning = Decimal::fromScaled(7, 1);
    p.bands.insert(10001, b);
    p.pollIntervalMs = 10000;
    p.proxy = {ProxySettings::Mode::Socks5, QStringLiteral("proxy.local"), 1080};
    p.alerts.cooldownSeconds = 60;
    p.alerts.commandHook = QStringLiteral("/usr/bin/true");
    QCOMPARE(p.validate(), Profile::Issue::None);
    {
        ProfileStore store(path);
        QCOMPARE(store.load().status, SettingsFile::Status::Missing);
        store.upsert(p);
        store.setLastUsed(p.name);
        QVERIFY(store.save());
    }
    ProfileStore again(path);
    QCOMPARE(again.load().status, SettingsFile::Status::Ok);
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(*again.profile(QStringLiteral("Treasury")), p);
    QCOMPARE(again.profile(QStringLiteral("Treasury"))
                 ->memberKeyIds.value(QStringLiteral("pm.member@example.com")),
             QStringLiteral("memberKey"));
    QCOMPARE(again.lastUsed(), p.name);
    // rename keeps it one profile
    Profile renamed = p;
    renamed.name = QStringLiteral("Desk");
    again.upsert(renamed, p.name);
    QCOMPARE(again.names(), QStringList{QStringLiteral("Desk")});
    QCOMPARE(again.lastUsed(), QStringLiteral("Desk"));
    QVERIFY(again.remove(QStringLiteral("Desk")));
    QVERIFY(again.profiles().isEmpty());
}

void tst_ProfileStore::validatesUrls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("binance") << "https://api.binance.com" << true;
    QTest::newRow("any https") << "https://gateway.example.org:8443/base" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:18555" << true;
    QTest::newRow("http localhost") << "http://localhost:1" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:80" << true;
    QTest::newRow("http remote") << "http://api.binance.com" << false;
    QTest::newRow("http private lan") << "http://192.168.1.5" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("user info") << "https://user:pw@api.binance.com" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void tst_ProfileStore::validatesUrls() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(Profile::isAllowedBaseUrl(QUrl(url, QUrl::StrictMode)), allowed);
}

void tst_ProfileStore::validation() {
    Profile p;
    QCOMPARE(p.validate(), Profile::Issue::EmptyName);
    p.name = QStringLiteral("x");
    QCOMPARE(p.validate(), Profile::Issue::NoKey);
    p.creditKeyIds.insert(1, QStringLiteral("k")); // a credit key alone is enough
    QCOMPARE(p.validate(), Profile::Issue::None);
    p.baseUrl = QUrl(QStringLiteral("http://example.com"));
    QCOMPARE(p.validate(), Profile::Issue::BadUrl);
    p.baseUrl = QUrl(QStringLiteral("https://example.com"));
    p.proxy.mode = ProxySettings::Mode::Http;
    QCOMPARE(p.validate(), Profile::Issue::BadProxy);
    p.proxy = {ProxySettings::Mode::Http, QStringLiteral("h"), 3128};
    QCOMPARE(p.proxy.toNetworkProxy().type(), QNetworkProxy::HttpProxy);
    p.pollIntervalMs = 100;
    QCOMPARE(p.validate(), Profile::Issue::BadPollInterval);
    p.pollIntervalMs = 5000;
    LtvBands inverted;
    inverted.marginCall = Decimal::fromScaled(5, 1);
    p.bands.insert(1, inverted);
    QCOMPARE(p.validate(), Profile::Issue::BadBands);
}

void tst_ProfileStore::nonsenseFileIsMovedAsideAndDefaultsRestored_data() {
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("not json") << QByteArray("profiles: [ oops");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("no version") << QByteArray(R"({"profiles": []})");
    QTest::newRow("version text") << QByteArray(R"({"schemaVersion": "two", "profiles": []})");
    QTest::newRow("profiles object") << QByteArray(R"({"schemaVersion": 2, "profiles": {}})");
    QTest::newRow("profile number") << QByteArray(R"({"schemaVersion": 2, "profiles": [7]})");
    QTest::newRow("http url") << QByteArray(
        R"({"schemaVersion": 2, "profiles": [{"name": "a", "baseUrl": "http://evil.example"}]})");
    QTest::newRow("duplicate") << QByteArray(
        R"({"schemaVersion": 2, "profiles": [{"name": "a"}, {"name": "a"}]})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
}

void tst_ProfileStore::nonsenseFileIsMovedAsideAndDefaultsRestored() {
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    writeFile(path, contents);
    ProfileStore store(path);
    const ProfileStore::LoadResult r = store.load();
    QCOMPARE(r.status, SettingsFile::Status::Corrupt);
    QVERIFY(!r.detail.isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(r.movedTo.startsWith(path + QStringLiteral(".bad-")));
    QFile kept(r.movedTo);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), contents); // what the user wrote is not lost
    // and the store works again from defaults
    Profile p;
    p.name = QStringLiteral("fresh");
    p.parentKeyId = QStringLiteral("k");
    store.upsert(p);
    QVERIFY(store.save());
    ProfileStore again(path);
    QCOMPARE(again.load().status, SettingsFile::Status::Ok);
    QCOMPARE(again.names(), QStringList{QStringLiteral("fresh")});
}

void tst_ProfileStore::newerSchemaIsNotOverwritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    writeFile(path, R"({"schemaVersion": 99, "profiles": []})");
    ProfileStore store(path);
    const auto r = store.load();
    QCOMPARE(r.status, SettingsFile::Status::TooNew);
    QVERIFY(QFile::exists(r.movedTo));
}

void tst_ProfileStore::migratesVersion1AndDropsSecrets() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    writeFile(path, R"({"schemaVersion": 1, "profiles": [
        {"name": "old", "url": "https://api.binance.com", "apiKey": "K1",
         "apiSecret": "CANARY-in-v1-file"}]})");
    ProfileStore store(path);
    const auto r = store.load();
    QCOMPARE(r.status, SettingsFile::Status::Ok);
    QVERIFY(r.migrated);
    QVERIFY(r.droppedSecrets);
    const Profile p = *store.profile(QStringLiteral("old"));
    QCOMPARE(p.parentKeyId, QStringLiteral("K1"));
    QVERIFY(p.readOnly);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray saved = f.readAll();
    QVERIFY(!saved.contains("CANARY"));
    QCOMPARE(QJsonDocument::fromJson(saved).object().value(QStringLiteral("schemaVersion")).toInt(),
             ProfileStore::SchemaVersion);
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
