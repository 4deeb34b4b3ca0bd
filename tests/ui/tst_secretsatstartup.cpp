#include "sim/faultinjector.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace loandesk;

// `loandesk` started the way a cron job or a shell starts it, with LOANDESK_API_SECRET and a
// team database password in its environment: once it runs, neither is in its environment any
// more (/proc/PID/environ, which every process of the same user may read, and so nothing a
// child inherits), and the secret was still used to fetch.
class tst_SecretsAtStartup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void snapshotHoldsNoSecretInItsEnvironment();
};

void tst_SecretsAtStartup::snapshotHoldsNoSecretInItsEnvironment() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::Scenario scenario = *sim::Scenario::load(QStringLiteral("calm"));
    sim::SimExchange exchange(scenario, 3);
    QVERIFY(exchange.listen());
    // Holds the child between its first request and its last, so it can be looked at.
    exchange.faults()->addPersistent(QStringLiteral("ltv-details"),
                                     sim::FaultInjector::Kind::Latency, 3000);

    const ApiCredentials parent = exchange.parentCredentials();
    const QByteArray dbPassword = "canary-db-password";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LOANDESK_API_KEY"), parent.apiKey);
    env.insert(QStringLiteral("LOANDESK_API_SECRET"), QString::fromUtf8(parent.secret));
    env.insert(QStringLiteral("LOANDESK_HISTORY_DB"),
               QStringLiteral("postgresql://desk:%1@127.0.0.1:1/loandesk")
                   .arg(QString::fromLatin1(dbPassword)));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));

    const QString png = dir.filePath(QStringLiteral("state.png"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(LOANDESK_BINARY),
                {QStringLiteral("--snapshot"), png, QStringLiteral("--base-url"),
                 exchange.baseUrl().toString()});
    QVERIFY(child.waitForStarted());

    // Its clock sync has been answered: it is past start-up and waiting for ltv-details.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<sim::LoggedRequest> log = exchange.requestLog();
            return std::any_of(log.cbegin(), log.cend(), [](const sim::LoggedRequest &r) {
                return r.path.endsWith(QLatin1String("/time"));
            });
        },
        30000));
    QFile procFile(QStringLiteral("/proc/%1/environ").arg(child.processId()));
    QVERIFY(procFile.open(QIODevice::ReadOnly));
    const QByteArray seen = procFile.readAll();
    const QByteArray key = "LOANDESK_API_KEY=" + parent.apiKey.toUtf8();
    QVERIFY(seen.contains(key)); // the right process
    QVERIFY2(!seen.contains(parent.secret), "the API secret is still in the environment");
    QVERIFY2(!seen.contains(dbPassword), "the database password is still in the environment");

    QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 60000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    QVERIFY(QFileInfo(png).size() > 1000); // the secret it no longer shows was used
}

QTEST_GUILESS_MAIN(tst_SecretsAtStartup)
#include "tst_secretsatstartup.moc"
