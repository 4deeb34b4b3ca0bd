#include "simfixture.h"

#include "alerts/alertengine.h"
#include "alerts/alertlog.h"
#include "common/errortext.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "report/statedump.h"
#include "session/sessionsetup.h"
#include "settings/appsettings.h"
#include "settings/memorysecretstore.h"
#include "settings/profileopener.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

namespace {

QMutex logMutex;
QStringList logLines;

void capture(QtMsgType, const QMessageLogContext &, const QString &message) {
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}

} // namespace

// A canary secret goes through everything LoanDesk does with a secret — keychain write,
// profile open, signing, polling, a wrong-secret error, alerts, settings, the dump — and must
// appear in no file under the test's home and in no line logged at any level.
class tst_SecretCanary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void canaryNeverLeaksToFilesOrLogs();
    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

private:
    QTemporaryDir m_home;
};

void tst_SecretCanary::initTestCase() {
    // Everything QStandardPaths hands out lives under this temporary home.
    qputenv("HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ResolvedProfile>();
    qRegisterMetaType<ProfileOpener::Failure>();
    qRegisterMetaType<Alert>();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    qInstallMessageHandler(capture);
}

void tst_SecretCanary::canaryNeverLeaksToFilesOrLogs() {
    const QByteArray canary =
        "CANARY-" + QByteArray::number(QRandomGenerator::global()->generate64());
    SimFixture sim;
    const QString keyId = sim.exchange().parentCredentials().apiKey;
    sim.exchange().setParentCredentials({keyId, canary});

    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                .startsWith(m_home.path()));
    ProfileStore store;
    store.load();
    Profile p;
    p.name = QStringLiteral("canary");
    p.baseUrl = sim.exchange().baseUrl();
    p.parentKeyId = keyId;
    p.alerts.cooldownSeconds = 0;
    store.upsert(p);
    QVERIFY(store.save());
    AppSettings settings;
    settings.lastProfile = p.name;
    QVERIFY(settings.save());

    MemorySecretStore secrets;
    bool written = false;
    QObject context;
    secrets.write(SecretStore::nameForKey(keyId), canary, &context,
                  [&](const SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);

    ProfileOpener opener(&secrets);
    opener.setUseEnvironment(false);
    QSignalSpy opened(&opener, &ProfileOpener::opened);
    opener.open(p.name);
    QVERIFY(opened.wait(5000));
    const ResolvedProfile r = opened.first().first().value<ResolvedProfile>();
    MonitorSession session(r.profile.baseUrl, r.monitorKey());
    SessionSetup::apply(r, &session);
    AlertEngine engine(session.state());
    engine.setSettings(p.alerts);
    AlertLog log;
    connect(&engine, &AlertEngine::alertRaised, &log, [&log](const Alert &a) { log.append(a); });
    LtvBands low; // every unit is past "warning" with these bands: alerts are written
    low.warning = Decimal::fromScaled(1, 2);
    low.initial = Decimal::fromScaled(2, 2);
    low.marginCall = Decimal::fromScaled(3, 2);
    low.liquidation = Decimal::fromScaled(4, 2);
    session.state()->setDefaultBands(low);
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!log.alerts().isEmpty(), 5000);
    for (const Alert &a : log.alerts())
        qWarning("alert %s", qPrintable(QString::fromUtf8(QJsonDocument(a.toJson()).toJson())));

    // a wrong secret, and its error as the UI words it and a log would record it
    ApiCredentials wrong{keyId, canary + "x"};
    auto client = sim.client(wrong);
    const auto failed = await<QList<RiskUnit>>(
        [&](QObject *c, auto cb) { client->fetchLtvDetails(std::nullopt, c, cb); });
    QVERIFY(!failed.ok());
    qWarning("poll failed: %s [%s]", qPrintable(errorText(failed.error())),
             qPrintable(failed.error().message));

    QSaveFile dump(m_home.filePath(QStringLiteral("dump.json")));
    QVERIFY(dump.open(QIODevice::WriteOnly));
    dump.write(
        StateDump::toJson(*session.state(), CollateralSnapshot(), {false, p.baseUrl.toString()}));
    QVERIFY(dump.commit());
    session.scheduler()->stop();

    // The canary, and the forms it takes on the wire, in no file and no log line.
    const QList<QByteArray> forms = {canary, canary.toHex(), canary.toBase64(),
                                     canary.toPercentEncoding()};
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        for (const QByteArray &form : forms)
            QVERIFY2(!bytes.contains(form), qPrintable(f.fileName()));
    }
    QVERIFY2(files >= 4, qPrintable(QString::number(files))); // profiles, settings, alerts, dump
    QMutexLocker lock(&logMutex);
    QVERIFY(!logLines.isEmpty());
    for (const QString &line : std::as_const(logLines)) {
        for (const QByteArray &form : forms)
            QVERIFY2(!line.contains(QString::fromLatin1(form)), qPrintable(line));
    }
}

QTEST_MAIN(tst_SecretCanary)
#include "tst_secretcanary.moc"
