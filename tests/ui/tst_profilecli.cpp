#include "secretstoretestutil.h"
#include "testhelpers.h"

#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// `loandesk --snapshot FILE --dump FILE --profile NAME` as a risk committee's script runs it: a
// child process with no display, the profile in the user's profiles.json and its secret in the
// keychain (ctest's _keyring variant runs under dbus-run-session with gnome-keyring) or, where
// no keychain runs, in LOANDESK_API_KEY/LOANDESK_API_SECRET.
class tst_ProfileCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dumpJudgesEachUnitByTheProfilesBands();
    void explicitProxyIsNotUsedForTheLocalExchange();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);
    Profile committeeProfile() const;
    void saveProfile(const Profile &profile);

    QTemporaryDir m_home;
    QTemporaryDir m_out;
    std::unique_ptr<sim::SimExchange> m_sim;
    bool m_keychain = false;
};

static sim::Scenario frozenCalm() {
    sim::Scenario s = *sim::Scenario::load(QStringLiteral("calm"));
    for (sim::AssetConfig &a : s.assets) {
        a.volatility = 0;
        a.drift = 0;
    }
    return s;
}

void tst_ProfileCli::initTestCase() {
    QVERIFY(m_home.isValid() && m_out.isValid());
    // The child reads the files LoanDesk would: same names, test-mode folders in a private HOME.
    qputenv("HOME", m_home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LoanDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LoanDesk"));
    if (!qEnvironmentVariableIsSet("LOANDESK_KEYRING_SESSION") &&
        !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loandesk-test-bus");
}

void tst_ProfileCli::init() {
    m_sim = std::make_unique<sim::SimExchange>(frozenCalm(), 3);
    QVERIFY(m_sim->listen());
    // The parent secret where a user keeps it: in the keychain, under LoanDesk's service.
    KeychainSecretStore secrets(QStringLiteral("LoanDesk"));
    const ApiCredentials parent = m_sim->parentCredentials();
    const auto written = awaitSecret([&](QObject *c, SecretCallback cb) {
        secrets.write(SecretStore::nameForKey(parent.apiKey), parent.secret, c, cb);
    });
    QVERIFY(written && written->ok());
    m_keychain = !written->inMemoryOnly;
    if (qEnvironmentVariableIsSet("LOANDESK_KEYRING_SESSION"))
        QVERIFY2(m_keychain, "the keyring session has no working Secret Service");
}

void tst_ProfileCli::cleanup() {
    m_sim.reset();
    QFile::remove(ProfileStore::defaultPath());
}

Profile tst_ProfileCli::committeeProfile() const {
    Profile p;
    p.name = QStringLiteral("Committee desk");
    p.baseUrl = m_sim->baseUrl();
    p.parentKeyId = m_sim->parentCredentials().apiKey;
    // The desk's credit agreement for unit 10001 is far stricter than the defaults; 10002 has
    // none and keeps them.
    LtvBands strict;
    strict.warning = dec("0.3");
    strict.initial = dec("0.35");
    strict.marginCall = dec("0.4");
    strict.liquidation = dec("0.6");
    p.bands.insert(10001, strict);
    return p;
}

void tst_ProfileCli::saveProfile(const Profile &profile) {
    QCOMPARE(profile.validate(), Profile::Issue::None);
    ProfileStore store;
    store.load();
    store.upsert(profile);
    QVERIFY(store.save());
}

tst_ProfileCli::Run tst_ProfileCli::run(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("LOANDESK_API_KEY"));
    env.remove(QStringLiteral("LOANDESK_API_SECRET"));
    if (!m_keychain) {
        // No keychain service here: the documented fallback for headless runs.
        env.insert(QStringLiteral("LOANDESK_API_KEY"), m_sim->parentCredentials().apiKey);
        env.insert(QStringLiteral("LOANDESK_API_SECRET"),
                   QString::fromUtf8(m_sim->parentCredentials().secret));
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOANDESK_BINARY), args);
    // the simulator lives in this process: keep its event loop turning while the child runs
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

static QJsonObject unitIn(const QString &dumpPath, qint64 groupId) {
    QFile f(dumpPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll())[u"units"].toArray())
        if (v[u"groupId"].toInteger() == groupId)
            return v.toObject();
    return {};
}

void tst_ProfileCli::dumpJudgesEachUnitByTheProfilesBands() {
    saveProfile(committeeProfile());
    const QString png = m_out.filePath(QStringLiteral("committee.png"));
    const QString json = m_out.filePath(QStringLiteral("committee.json"));
    const Run r = run({QStringLiteral("--snapshot"), png, QStringLiteral("--dump"), json,
                       QStringLiteral("--profile"), QStringLiteral("Committee desk")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(png).size() > 1000);

    // LTV ≈ 0.52: normal by the defaults, a margin call by the desk's agreement.
    const QJsonObject strict = unitIn(json, 10001);
    QVERIFY(!strict.isEmpty());
    QVERIFY(dec(qPrintable(strict[u"ltv"].toString())) > dec("0.4"));
    QCOMPARE(strict[u"computed"][u"band"].toString(), QStringLiteral("margin_call"));
    const QJsonObject t = strict[u"computed"][u"thresholds"].toObject();
    QCOMPARE(t[u"warning"].toString(), QStringLiteral("0.3"));
    QCOMPARE(t[u"initial"].toString(), QStringLiteral("0.35"));
    QCOMPARE(t[u"marginCall"].toString(), QStringLiteral("0.4"));
    QCOMPARE(t[u"liquidation"].toString(), QStringLiteral("0.6"));
    // A unit the profile says nothing about keeps the defaults.
    const QJsonObject plain = unitIn(json, 10002);
    QCOMPARE(plain[u"computed"][u"band"].toString(), QStringLiteral("normal"));
    QCOMPARE(plain[u"computed"][u"thresholds"][u"marginCall"].toString(), QStringLiteral("0.9"));
    // The report names the profile it was made with.
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll())[u"source"].toString(),
             QStringLiteral("Committee desk"));
}

void tst_ProfileCli::explicitProxyIsNotUsedForTheLocalExchange() {
    // The desk's corporate proxy cannot reach this computer's loopback; a request sent there
    // would never come back. The proxy here accepts connections and never answers.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    int proxied = 0;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = proxy.nextPendingConnection()) {
            ++proxied;
            s->setParent(&proxy);
        }
    });
    Profile p = committeeProfile();
    p.proxy.mode = ProxySettings::Mode::Http;
    p.proxy.host = QStringLiteral("127.0.0.1");
    p.proxy.port = proxy.serverPort();
    saveProfile(p);
    const QString json = m_out.filePath(QStringLiteral("via-proxy.json"));
    const Run r = run({QStringLiteral("--snapshot"), m_out.filePath(QStringLiteral("via.png")),
                       QStringLiteral("--dump"), json, QStringLiteral("--profile"), p.name});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(proxied, 0);
    QCOMPARE(unitIn(json, 10001)[u"computed"][u"band"].toString(), QStringLiteral("margin_call"));
}

QTEST_GUILESS_MAIN(tst_ProfileCli)
#include "tst_profilecli.moc"
