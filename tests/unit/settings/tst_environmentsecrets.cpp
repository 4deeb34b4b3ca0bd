#include "settings/environmentsecrets.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

using namespace loandesk;

// LOANDESK_API_SECRET and the password in LOANDESK_HISTORY_DB leave the process environment
// once read: qgetenv, what a child would inherit, and what /proc/self/environ shows.
class tst_EnvironmentSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutPassword_data();
    void withoutPassword();
    void secretsLeaveTheEnvironment();
    void secretsGivenAtExecLeaveProcEnviron();
};

void tst_EnvironmentSecrets::withoutPassword_data() {
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stripped");
    QTest::newRow("uri") << QStringLiteral("postgresql://desk:s3cret@db.example:5432/loandesk")
                         << QStringLiteral("postgresql://desk@db.example:5432/loandesk");
    QTest::newRow("uri query") << QStringLiteral("postgres://desk@db/loandesk?password=s3cret")
                               << QStringLiteral("postgres://desk@db/loandesk");
    QTest::newRow("uri without") << QStringLiteral("postgresql://desk@db/loandesk")
                                 << QStringLiteral("postgresql://desk@db/loandesk");
    QTest::newRow("keywords") << QStringLiteral("host=db dbname=loandesk password=s3cret user=d")
                              << QStringLiteral("host=db dbname=loandesk user=d");
    QTest::newRow("keywords without")
        << QStringLiteral("host=db dbname=loandesk") << QStringLiteral("host=db dbname=loandesk");
    QTest::newRow("file") << QStringLiteral("/var/lib/loandesk/history.sqlite")
                          << QStringLiteral("/var/lib/loandesk/history.sqlite");
}

void tst_EnvironmentSecrets::withoutPassword() {
    QFETCH(QString, given);
    QFETCH(QString, stripped);
    QCOMPARE(EnvironmentSecrets::withoutPassword(given), stripped);
}

static QByteArray procEnviron() {
    QFile f(QStringLiteral("/proc/self/environ"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void tst_EnvironmentSecrets::secretsLeaveTheEnvironment() {
    const QString uri = QStringLiteral("postgresql://desk:canary-db@db.example/loandesk");
    qputenv("LOANDESK_API_SECRET", "canary-api");
    qputenv("LOANDESK_HISTORY_DB", uri.toUtf8());

    QCOMPARE(EnvironmentSecrets::apiSecret(), QByteArray("canary-api"));
    QVERIFY(!qEnvironmentVariableIsSet("LOANDESK_API_SECRET"));
    // The team database is still named, without its password; LoanDesk still has all of it.
    QCOMPARE(qgetenv("LOANDESK_HISTORY_DB"), QByteArray("postgresql://desk@db.example/loandesk"));
    QCOMPARE(EnvironmentSecrets::historyDatabase(), uri);
    const QProcessEnvironment child = QProcessEnvironment::systemEnvironment();
    QVERIFY(!child.contains(QStringLiteral("LOANDESK_API_SECRET")));
    QVERIFY(!child.toStringList().join(u'\n').contains(QLatin1String("canary")));

    // Only LoanDesk restarting itself gets them back.
    const QProcessEnvironment restart = EnvironmentSecrets::environmentForRestart();
    QCOMPARE(restart.value(QStringLiteral("LOANDESK_API_SECRET")), QStringLiteral("canary-api"));
    QCOMPARE(restart.value(QStringLiteral("LOANDESK_HISTORY_DB")), uri);

    // Set again to something else (a test, a plain file): the environment is the truth again.
    qputenv("LOANDESK_HISTORY_DB", "/tmp/history.sqlite");
    QCOMPARE(EnvironmentSecrets::historyDatabase(), QStringLiteral("/tmp/history.sqlite"));
    qunsetenv("LOANDESK_HISTORY_DB");
}

void tst_EnvironmentSecrets::secretsGivenAtExecLeaveProcEnviron() {
    // ctest cannot pass these, so the test re-executes itself with them, as a shell would.
    if (!qEnvironmentVariableIsSet("TST_ENVIRONMENTSECRETS_CHILD")) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TST_ENVIRONMENTSECRETS_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("LOANDESK_API_SECRET"), QStringLiteral("canary-exec-api"));
        env.insert(QStringLiteral("LOANDESK_HISTORY_DB"),
                   QStringLiteral("host=db user=desk password=canary-exec-db dbname=loandesk"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("secretsGivenAtExecLeaveProcEnviron")});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        return;
    }
    QVERIFY(procEnviron().contains("canary-exec-api")); // what the kernel shows before take()
    EnvironmentSecrets::take();
    const QByteArray after = procEnviron();
    QVERIFY(!after.isEmpty());
    QVERIFY2(!after.contains("canary"), after.constData());
    QCOMPARE(EnvironmentSecrets::apiSecret(), QByteArray("canary-exec-api"));
    QVERIFY(EnvironmentSecrets::historyDatabase().contains(QLatin1String("canary-exec-db")));
}

QTEST_GUILESS_MAIN(tst_EnvironmentSecrets)
#include "tst_environmentsecrets.moc"
