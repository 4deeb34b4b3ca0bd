// Actions a crashed run left open, met on the real start-up path: the launcher opens the window,
// then the keys arrive (demo: the simulator's; a profile: the keychain's). Each desk settles its
// own open actions once a unit has a key, blocks only the unit concerned, says in the status bar
// why a check failed and when it tries again, and lets a person close what cannot be checked.
#include "../integration/simfixture.h"
#include "secretstoretestutil.h"
#include "testhelpers.h"

#include "borrowrepay/actionsmenu.h"
#include "borrowrepay/activityview.h"
#include "borrowrepay/resolvebyhanddialog.h"

#include "actions/auditlog.h"
#include "actions/auditlogmodel.h"
#include "actions/borrowrepayservice.h"
#include "models/displayformat.h"
#include "panels/dashboardwidget.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"
#include "settings/settingsservice.h"
#include "shell/launcher.h"
#include "shell/mainwindow.h"
#include "sim/simserverthread.h"
#include "storage/historystore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace loandesk;
using namespace loandesk::test;
using State = AuditEntry::State;
using Fault = sim::FaultInjector::Kind;

namespace {

constexpr qint64 Alpha = 10001;
constexpr qint64 Beta = 10002;

AuditEntry order(const QString &profile, const QString &baseUrl, AuditEntry::Action action,
                 qint64 groupId, const char *amount, qint64 exchangeTimeMs) {
    AuditEntry e;
    e.osUser = QStringLiteral("crashed-run");
    e.profile = profile;
    e.baseUrl = baseUrl;
    e.action = action;
    e.groupId = groupId;
    e.asset = QStringLiteral("USDT");
    e.requestedAmount = dec(amount);
    e.repayFrom = action == AuditEntry::Action::Repay ? QStringLiteral("MARGIN") : QString();
    e.exchangeTimeMs = exchangeTimeMs;
    e.liabilityBefore = dec("2000125.5");
    return e;
}

// The rows a run leaves when it dies after sending (SENT) or after a lost answer (UNKNOWN).
qint64 leaveOpen(const QString &journal, AuditEntry e, State last) {
    AuditLog log;
    if (!log.open(journal))
        return 0;
    e.state = State::Intent;
    const std::optional<qint64> id = log.append(e);
    if (!id)
        return 0;
    e.intentId = *id;
    e.state = State::Sent;
    log.append(e);
    if (last == State::Unknown) {
        e.state = State::Unknown;
        e.exchangeCode = 0;
        e.exchangeMessage = QStringLiteral("Timeout: no answer within 10000 ms");
        log.append(e);
    }
    return *id;
}

State latestState(const QString &journal, qint64 intentId) {
    AuditLog log;
    if (!log.open(journal))
        return State::Intent;
    const QList<AuditEntry> rows = log.history(intentId);
    return rows.isEmpty() ? State::Intent : rows.last().state;
}

MainWindow *mainWindow() {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            return window;
    }
    return nullptr;
}

QAction *action(MainWindow *window, const char *name) {
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

// The Borrow/Repay menu items as they stand for `groupId` once it is selected.
bool enabledFor(MainWindow *window, qint64 groupId, const char *name) {
    window->dashboard()->selectGroup(groupId);
    return action(window, name)->isEnabled();
}

} // namespace

class tst_StartupReconcile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoSettlesItsOwnActionsAndLeavesTheDesksAlone();
    void profileSettlesOnceKeysArriveAndKeylessOnesByHand();

private:
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<Launcher> m_launcher;
};

void tst_StartupReconcile::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loandesk-test-bus");
}

void tst_StartupReconcile::init() {
    for (const QString &path :
         {AuditLog::defaultPath(), AuditLog::demoPath(), HistoryStore::demoPath(),
          HistoryStore::defaultPath(u"demo"_qs), ProfileStore::defaultPath()}) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
}

void tst_StartupReconcile::cleanup() {
    m_launcher.reset();
}

void tst_StartupReconcile::demoSettlesItsOwnActionsAndLeavesTheDesksAlone() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A real desk's borrow on Beta, left open against its exchange: demo must not touch it.
    const qint64 desks = leaveOpen(AuditLog::defaultPath(),
                                   order(u"Sim desk"_qs, u"https://api.example.test"_qs,
                                         AuditEntry::Action::Borrow, Beta, "50000", now - 600000),
                                   State::Sent);
    // The last demo run died with a borrow SENT and a repay UNKNOWN on Alpha. Today's simulator
    // holds neither: both were not executed.
    const QString demoUrl = u"http://127.0.0.1:1"_qs; // that run's simulator, long gone
    const qint64 sent = leaveOpen(
        AuditLog::demoPath(),
        order(u"demo"_qs, demoUrl, AuditEntry::Action::Borrow, Alpha, "5000", now - 600000),
        State::Sent);
    const qint64 unknown =
        leaveOpen(AuditLog::demoPath(),
                  order(u"demo"_qs, demoUrl, AuditEntry::Action::Repay, Alpha, "100", now - 540000),
                  State::Unknown);
    QVERIFY(desks && sent && unknown);

    CommandLine options;
    options.demo = true;
    m_settings = std::make_unique<SettingsService>();
    m_settings->load();
    m_launcher = std::make_unique<Launcher>(options, m_settings.get());
    m_launcher->start();
    auto *sim = m_launcher->findChild<sim::SimServerThread *>();
    QVERIFY(sim);
    // The exchange's records cannot be read for now: every check fails.
    sim->exchange()->faults()->addPersistent(u"borrow-repay"_qs, Fault::ServerError, 503);

    MainWindow *window = nullptr;
    QTRY_VERIFY((window = mainWindow()));
    QTRY_VERIFY_WITH_TIMEOUT(window->dashboard()->selectedGroupId() != 0, 10000);
    // Beta has nothing open in the demo journal: the real desk's action there blocks nothing.
    QTRY_VERIFY(enabledFor(window, Beta, "borrowAction"));
    QVERIFY(enabledFor(window, Beta, "repayAction"));
    // Alpha waits for its own open actions.
    QVERIFY(!enabledFor(window, Alpha, "borrowAction"));
    QVERIFY(!enabledFor(window, Alpha, "repayAction"));

    // The failed check says why and when the next one is, with the time zone.
    auto *status = window->findChild<QLabel *>(u"openActionsStatus"_qs);
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"failed"_qs), 10000);
    QVERIFY2(status->text().contains(u"#%1"_qs.arg(sent)), qPrintable(status->text()));
    QVERIFY2(
        status->text().contains(QRegularExpression(u"Next try at \\d\\d:\\d\\d:\\d\\d UTC"_qs)),
        qPrintable(status->text()));
    QVERIFY(status->isVisible());

    // The records come back: both demo actions are settled against today's simulator.
    sim->exchange()->faults()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(latestState(AuditLog::demoPath(), sent), State::ReconciledNotExecuted,
                              30000);
    QTRY_COMPARE_WITH_TIMEOUT(latestState(AuditLog::demoPath(), unknown),
                              State::ReconciledNotExecuted, 30000);
    QTRY_VERIFY(enabledFor(window, Alpha, "borrowAction"));
    QVERIFY(!status->isVisible());

    // The real desk's journal is as it was: its action still open, nothing from demo in it.
    {
        AuditLog real;
        QVERIFY(real.open(AuditLog::defaultPath()));
        QCOMPARE(real.entries().size(), 2);
        QCOMPARE(real.unresolved().size(), 1);
        QCOMPARE(real.unresolved().first().intentId, desks);
    }
    // Demo's Activity shows demo's journal only.
    action(window, "activityAction")->trigger();
    auto *view = window->findChild<ActivityView *>();
    QVERIFY(view);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->entryAt(row).profile, u"demo"_qs);
    QVERIFY(!view->model()->toCsv().contains("Sim desk"));
    // Demo's history has a file of its own, never a real desk's.
    QTRY_VERIFY(QFile::exists(HistoryStore::demoPath()));
    QVERIFY(!QFile::exists(HistoryStore::defaultPath(u"demo"_qs)));
}

void tst_StartupReconcile::profileSettlesOnceKeysArriveAndKeylessOnesByHand() {
    SimFixture sim;
    const ApiCredentials parent = sim.exchange().parentCredentials();
    const ApiCredentials credit = sim.exchange().creditCredentials(Alpha);
    const QString url = sim.exchange().baseUrl().toString();
    KeychainSecretStore secrets; // the service LoanDesk itself reads
    for (const ApiCredentials &key : {parent, credit}) {
        const auto w = awaitSecret([&](QObject *c, SecretCallback cb) {
            secrets.write(SecretStore::nameForKey(key.apiKey), key.secret, c, cb);
        });
        QVERIFY(w && w->ok());
        if (w->inMemoryOnly)
            QSKIP("no keychain service running (ctest runs this under dbus-run-session with "
                  "gnome-keyring-daemon when both are installed)");
    }
    {
        ProfileStore store;
        store.load();
        Profile p;
        p.name = u"Sim desk"_qs;
        p.baseUrl = sim.exchange().baseUrl();
        p.parentKeyId = parent.apiKey;
        p.creditKeyIds.insert(Alpha, credit.apiKey); // Beta: monitored only, no credit key
        p.readOnly = false;                          // this desk borrows and repays
        QCOMPARE(p.validate(), Profile::Issue::None);
        store.upsert(p);
        QVERIFY(store.save());
    }

    // The crashed run's borrow reached the exchange: the simulator holds its record.
    const qint64 sentAt = sim.exchange().serverTimeMs();
    auto client = sim.credit(Alpha);
    const Result<BorrowResult> borrowed = await<BorrowResult>([&](QObject *c, auto cb) {
        client->borrow({Alpha, u"USDT"_qs, dec("1234")}, c, cb);
    });
    QVERIFY(borrowed.ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString journal = AuditLog::defaultPath();
    const qint64 sent = leaveOpen(
        journal, order(u"Sim desk"_qs, url, AuditEntry::Action::Borrow, Alpha, "1234", sentAt),
        State::Sent);
    // A repay on Beta whose answer was lost: this desk has no key to check it with.
    const qint64 unknown = leaveOpen(
        journal, order(u"Sim desk"_qs, url, AuditEntry::Action::Repay, Beta, "100", now - 60000),
        State::Unknown);
    // Another profile's borrow on Alpha, on the same exchange: that desk's to settle.
    const qint64 others = leaveOpen(
        journal, order(u"Other desk"_qs, url, AuditEntry::Action::Borrow, Alpha, "777", now),
        State::Sent);
    QVERIFY(sent && unknown && others);

    CommandLine options;
    options.profile = u"Sim desk"_qs;
    m_settings = std::make_unique<SettingsService>();
    m_settings->load();
    m_launcher = std::make_unique<Launcher>(options, m_settings.get());
    m_launcher->start();
    MainWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = mainWindow()), 10000);

    // The keys came after the window; the borrow is found in the records all the same.
    QTRY_COMPARE_WITH_TIMEOUT(latestState(journal, sent), State::ReconciledExecuted, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window->dashboard()->selectedGroupId() != 0, 10000);
    // Alpha is free: its own action is settled, the other profile's blocks nothing.
    QTRY_VERIFY2(enabledFor(window, Alpha, "borrowAction"),
                 qPrintable(action(window, "borrowAction")->toolTip()));
    QVERIFY(enabledFor(window, Alpha, "repayAction"));
    QCOMPARE(latestState(journal, others), State::Sent);

    // Beta's repay cannot be checked, and the status bar says so.
    auto *status = window->findChild<QLabel *>(u"openActionsStatus"_qs);
    QVERIFY(status);
    QTRY_VERIFY(status->text().contains(u"no credit-account key"_qs));
    QVERIFY2(status->text().contains(u"Repay #%1 on risk unit %2"_qs.arg(unknown).arg(Beta)),
             qPrintable(status->text()));
    QVERIFY(!status->text().contains(u"#%1"_qs.arg(others)));

    // The operator checked the exchange and closes it from the Activity view.
    action(window, "activityAction")->trigger();
    auto *view = window->findChild<ActivityView *>();
    QVERIFY(view);
    auto *table = view->findChild<QTableView *>(u"activityTable"_qs);
    auto *resolve = view->findChild<QPushButton *>(u"resolveByHandButton"_qs);
    QVERIFY(table && resolve);
    QVERIFY(!resolve->isEnabled()); // nothing selected yet
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->entryAt(row).intentId == unknown) {
            table->selectRow(row);
            break;
        }
    }
    QVERIFY(resolve->isEnabled());
    resolve->click();
    auto *dialog = view->findChild<ResolveByHandDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->findChild<QRadioButton *>(u"resolveNotExecuted"_qs)->setChecked(true);
    QVERIFY(!ok->isEnabled()); // the note is required
    const QString note = u"No repay of 100 USDT on the exchange's page for unit 10002"_qs;
    dialog->findChild<QPlainTextEdit *>(u"resolveNote"_qs)->setPlainText(note);
    QVERIFY(ok->isEnabled());
    ok->click();

    AuditLog log;
    QVERIFY(log.open(journal));
    const AuditEntry closed = log.history(unknown).last();
    QCOMPARE(closed.state, State::ResolvedByHandNotExecuted);
    QCOMPARE(closed.osUser, BorrowRepayService::osUserName());
    QCOMPARE(closed.exchangeMessage, note);
    QTRY_VERIFY(!status->isVisible());
    QCOMPARE(latestState(journal, others), State::Sent);
    QVERIFY(log.verify().intact());

    for (const ApiCredentials &key : {parent, credit}) {
        const auto d = awaitSecret([&](QObject *c, SecretCallback cb) {
            secrets.remove(SecretStore::nameForKey(key.apiKey), c, cb);
        });
        QVERIFY(d && d->ok());
    }
}

QTEST_MAIN(tst_StartupReconcile)
#include "tst_startupreconcile.moc"
