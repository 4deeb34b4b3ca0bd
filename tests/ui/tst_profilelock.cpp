#include "testhelpers.h"

#include "desk/desk.h"
#include "settings/profilelock.h"
#include "settings/profilestore.h"
#include "settings/settingsservice.h"
#include "shell/commandline.h"
#include "shell/deskopener.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"
#include "storage/historydatabase.h"
#include "storage/historystore.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace loandesk;

// One LoanDesk per profile, as a user meets it: a `loandesk --demo` already running (a real
// child process) and a second start through the launcher, which refuses with a message box and
// exit code 1; after the first is killed, its lock is taken over. A `kill` (SIGTERM, as at logout
// or shutdown) quits like File → Quit instead: lock released, history committed.
class tst_ProfileLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void secondDemoIsRefusedAndACrashedOnesLockTakenOver();
    void aProfileIsLockedByItsNameOnly();
    void connectProfileOpensAWindowThatOwnsItsDesk();
    void terminatedDemoQuitsAndKeepsItsLastSamples();

private:
    void startDemoChild();
    struct Start {
        std::unique_ptr<SettingsService> settings;
        std::unique_ptr<Launcher> launcher;
        int exitCode = -1; // -1: still running (a window is open)
        QString message;
        QString messageBox;
    };
    Start start(const QStringList &args);
    static int openWindows();
    // Stores a profile per name on `sim`'s parent key, whose secret comes from the environment
    // (no keychain here, as documented); false when the profile file cannot be written.
    static bool addProfiles(const sim::SimExchange &sim, const QStringList &names);

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_child;
};

void tst_ProfileLock::initTestCase() {
    QVERIFY(m_home.isValid());
    // The child uses the files LoanDesk would: same names, test-mode folders in a private HOME.
    qputenv("HOME", m_home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LoanDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("LoanDesk"));
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loandesk-test-bus");
}

void tst_ProfileLock::cleanup() {
    if (m_child) {
        m_child->kill();
        m_child->waitForFinished();
        m_child.reset();
    }
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<MainWindow *>(w))
            w->close();
}

int tst_ProfileLock::openWindows() {
    int n = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        n += qobject_cast<MainWindow *>(w) && w->isVisible() ? 1 : 0;
    return n;
}

bool tst_ProfileLock::addProfiles(const sim::SimExchange &sim, const QStringList &names) {
    ProfileStore store;
    store.load();
    for (const QString &name : names) {
        Profile p;
        p.name = name;
        p.baseUrl = sim.baseUrl();
        p.parentKeyId = sim.parentCredentials().apiKey;
        store.upsert(p);
    }
    qputenv("LOANDESK_API_KEY", sim.parentCredentials().apiKey.toUtf8());
    qputenv("LOANDESK_API_SECRET", sim.parentCredentials().secret);
    return store.save();
}

tst_ProfileLock::Start tst_ProfileLock::start(const QStringList &args) {
    Start s;
    CommandLine options;
    QString error;
    if (!CommandLine::parse(QStringList{QStringLiteral("loandesk")} + args, &options, &error))
        qFatal("bad test arguments: %s", qPrintable(error));
    s.settings = std::make_unique<SettingsService>();
    s.settings->load();
    s.launcher = std::make_unique<Launcher>(options, s.settings.get());
    QSignalSpy finished(s.launcher.get(), &Launcher::finished);
    // A refusal is a modal message box: read it and close it as the user would.
    QTimer boxWatch;
    boxWatch.setInterval(20);
    connect(&boxWatch, &QTimer::timeout, this, [&s] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            s.messageBox = box->text();
            box->accept();
        }
    });
    boxWatch.start();
    const int windowsBefore = openWindows();
    s.launcher->start();
    const bool settled = QTest::qWaitFor(
        [&] { return !finished.isEmpty() || openWindows() > windowsBefore; }, 30000);
    if (!settled)
        s.message = QStringLiteral("neither a window nor a refusal within 30 s");
    if (!finished.isEmpty()) {
        s.exitCode = finished.first().at(0).toInt();
        s.message = finished.first().at(1).toString();
    }
    return s;
}

void tst_ProfileLock::startDemoChild() {
    m_child = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    m_child->setProcessEnvironment(env);
    m_child->start(QStringLiteral(LOANDESK_BINARY), {QStringLiteral("--demo")});
    QVERIFY(m_child->waitForStarted());
}

void tst_ProfileLock::secondDemoIsRefusedAndACrashedOnesLockTakenOver() {
    const QString lockPath = ProfileLock::pathFor(ProfileLock::Kind::Demo, {});
    startDemoChild();
    // the lock file names its process once it is complete
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(lockPath).size() > 0, 30000);

    const Start second = start({QStringLiteral("--demo")});
    QCOMPARE(second.exitCode, 1);
    QCOMPARE(openWindows(), 0);
    QVERIFY2(second.message.contains(QStringLiteral("already open")) &&
                 second.message.contains(QString::number(m_child->processId())),
             qPrintable(second.message));
    QCOMPARE(second.messageBox, second.message);

    // A crash leaves the lock file behind; the next start takes it over.
    m_child->kill();
    QVERIFY(m_child->waitForFinished());
    QVERIFY(QFile::exists(lockPath));
    const Start third = start({QStringLiteral("--demo")});
    QVERIFY2(third.exitCode == -1, qPrintable(third.message));
    QCOMPARE(openWindows(), 1);
}

void tst_ProfileLock::aProfileIsLockedByItsNameOnly() {
    sim::SimExchange sim(*sim::Scenario::load(QStringLiteral("calm")), 3);
    QVERIFY(sim.listen());
    QVERIFY(addProfiles(sim, {QStringLiteral("Desk A"), QStringLiteral("Desk B")}));

    const Start a = start({QStringLiteral("--profile"), QStringLiteral("Desk A")});
    QVERIFY2(a.exitCode == -1, qPrintable(a.message));
    const Start again = start({QStringLiteral("--profile"), QStringLiteral("Desk A")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.message.contains(QStringLiteral("\"Desk A\"")) &&
                 again.message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(again.message));
    QVERIFY(!again.messageBox.isEmpty());
    // Another profile, and demo mode, are not blocked by it.
    const Start b = start({QStringLiteral("--profile"), QStringLiteral("Desk B")});
    QVERIFY2(b.exitCode == -1, qPrintable(b.message));
    const Start demo = start({QStringLiteral("--demo")});
    QVERIFY2(demo.exitCode == -1, qPrintable(demo.message));
    QCOMPARE(openWindows(), 3);
    qunsetenv("LOANDESK_API_KEY");
    qunsetenv("LOANDESK_API_SECRET");
}

// Settings → Connect profile… in a window: the profile opens in a second window of this
// LoanDesk; asking again while it is open is refused; closing that window deletes its desk and
// releases the profile, so it can be connected again.
void tst_ProfileLock::connectProfileOpensAWindowThatOwnsItsDesk() {
    sim::SimExchange sim(*sim::Scenario::load(QStringLiteral("calm")), 3);
    QVERIFY(sim.listen());
    QVERIFY(addProfiles(sim, {QStringLiteral("Desk C"), QStringLiteral("Desk D")}));
    const Start c = start({QStringLiteral("--profile"), QStringLiteral("Desk C")});
    QVERIFY2(c.exitCode == -1, qPrintable(c.message));
    QCOMPARE(c.launcher->windows()->windows().size(), 1);
    MainWindow *first = c.launcher->windows()->windows().first();

    // The user picks "Desk D" in the dialog, as they would; a refusal's message box is read.
    QString refusal;
    QTimer dialogs;
    dialogs.setInterval(20);
    connect(&dialogs, &QTimer::timeout, this, [&refusal] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            refusal = box->text();
            box->accept();
        } else if (auto *pick = qobject_cast<QInputDialog *>(modal)) {
            pick->setTextValue(QStringLiteral("Desk D"));
            pick->accept();
        }
    });
    dialogs.start();
    QAction *connectProfile = first->findChild<QAction *>(QStringLiteral("connectProfileAction"));
    QVERIFY(connectProfile);
    connectProfile->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c.launcher->windows()->windows().size(), 2, 15000);
    QPointer<MainWindow> second = c.launcher->windows()->windows().last();
    QCOMPARE(second->windowTitle(), QStringLiteral("LoanDesk — Desk D"));
    QPointer<Desk> desk = second->desk();

    connectProfile->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 15000);
    QVERIFY2(refusal.contains(QStringLiteral("\"Desk D\"")), qPrintable(refusal));
    QCOMPARE(c.launcher->windows()->windows().size(), 2);

    second->close();
    QTRY_VERIFY(second.isNull());
    QVERIFY(desk.isNull());
    refusal.clear();
    connectProfile->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(c.launcher->windows()->windows().size(), 2, 15000);
    QVERIFY(refusal.isEmpty());
    qunsetenv("LOANDESK_API_KEY");
    qunsetenv("LOANDESK_API_SECRET");
}

// The live samples are written behind (committed every 30 s); a SIGTERM a few polls into the
// session must not lose them, nor leave the lock behind as a crash does.
void tst_ProfileLock::terminatedDemoQuitsAndKeepsItsLastSamples() {
    const QString lockPath = ProfileLock::pathFor(ProfileLock::Kind::Demo, {});
    startDemoChild();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(lockPath).size() > 0, 30000);
    QTest::qWait(15'000); // three polls at the demo's 5 s, well inside one write-behind batch
    const qint64 signalled = QDateTime::currentMSecsSinceEpoch();
    m_child->terminate();
    QVERIFY(m_child->waitForFinished(20'000));
    QCOMPARE(m_child->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_child->exitCode(), 128 + SIGTERM);
    QVERIFY(!QFile::exists(lockPath));

    HistoryDatabase db(QStringLiteral("terminated-demo"));
    QCOMPARE(db.open(StorageLocation::sqlite(HistoryStore::demoPath())).kind,
             StorageStatus::Kind::Ok);
    const QList<HistorySample> recent = db.samples(10001, signalled - 60'000, signalled + 1);
    QVERIFY(!recent.isEmpty());
    // The poll just before the signal is there, not only what an earlier read committed.
    const qint64 newest = std::max(recent.last().fetchedMs, recent.last().untilMs);
    QVERIFY2(newest >= signalled - 7'000,
             qPrintable(
                 QStringLiteral("newest sample %1 ms before the signal").arg(signalled - newest)));
}

QTEST_MAIN(tst_ProfileLock)
#include "tst_profilelock.moc"
