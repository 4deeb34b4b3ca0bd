// The audit journal's end is anchored in the keychain: borrows go through BorrowRepayService
// against the simulated exchange, LoanDesk "restarts" (a new journal and keychain store), the
// file is edited as an attacker would (triggers dropped first), and Activity → Verify names what
// happened. ctest runs this twice: plain, where no keychain service is reachable and Verify must
// say the end is not anchored, and inside dbus-run-session with gnome-keyring-daemon
// (LOANDESK_KEYRING_SESSION=1), where the anchor survives the restart.
#include "testhelpers.h"

#include "actions/auditlog.h"
#include "actions/borrowrepayservice.h"
#include "borrowrepay/activityview.h"
#include "monitor/monitorsession.h"
#include "settings/keychainsecretstore.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace loandesk;
using Chain = AuditVerification::Chain;
using AnchorStatus = JournalAnchor::Status;

namespace {

constexpr qint64 Alpha = 10001;

bool rawExec(const QString &path, const QStringList &statements) {
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    return ok;
}

} // namespace

class tst_JournalAnchor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void truncatedTailIsNamed();
    void rewrittenChainIsNamed();
    void withoutKeychainVerifySaysNotAnchored();

private:
    // Opens the journal as LoanDesk does, with a fresh keychain store (a restart).
    void start();
    void stop();
    // A new journal has no anchor yet, but the keychain answered.
    bool keychainAvailable() const {
        const AnchorStatus s = m_log->anchor()->status();
        return s == AnchorStatus::Anchored || s == AnchorStatus::NoAnchorYet;
    }
    // Skips (plain run) or fails (keyring session) when there is no keychain.
    bool requireKeychain();
    void borrow(const char *amount);
    QString verifyInActivityView();
    QString path() const { return m_dir->filePath(QStringLiteral("audit.sqlite")); }

    bool m_keyringSession = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimExchange> m_exchange;
    std::unique_ptr<MonitorSession> m_session;
    std::unique_ptr<KeychainSecretStore> m_store;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<BorrowRepayService> m_service;
};

void tst_JournalAnchor::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_keyringSession = qEnvironmentVariableIsSet("LOANDESK_KEYRING_SESSION");
    // The plain run must never reach the user's own keyring.
    if (!m_keyringSession)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loandesk-test-bus");
}

void tst_JournalAnchor::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    sim::Scenario scenario = *sim::Scenario::load(QStringLiteral("calm"));
    for (sim::AssetConfig &a : scenario.assets)
        a.volatility = 0;
    m_exchange = std::make_unique<sim::SimExchange>(scenario, 5);
    QVERIFY(m_exchange->listen());
    m_session =
        std::make_unique<MonitorSession>(m_exchange->baseUrl(), m_exchange->parentCredentials());
    m_session->setCreditCredentials(Alpha, m_exchange->creditCredentials(Alpha));
    start();
}

void tst_JournalAnchor::cleanup() {
    stop();
    m_session.reset();
    m_exchange.reset();
    m_dir.reset();
}

void tst_JournalAnchor::start() {
    stop();
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("LoanDeskTest"));
    m_log = std::make_unique<AuditLog>();
    m_log->setAnchorStore(m_store.get());
    QVERIFY2(m_log->open(path()), qPrintable(m_log->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->anchor()->status() != AnchorStatus::Loading, 20000);
    m_service = std::make_unique<BorrowRepayService>(m_session.get(), m_log.get(),
                                                     QStringLiteral("treasury"));
}

void tst_JournalAnchor::stop() {
    m_service.reset();
    m_log.reset();
    m_store.reset();
}

bool tst_JournalAnchor::requireKeychain() {
    if (keychainAvailable())
        return true;
    if (m_keyringSession)
        qWarning("the keyring session did not provide a Secret Service: %s",
                 qPrintable(m_log->anchor()->detail()));
    return false;
}

void tst_JournalAnchor::borrow(const char *amount) {
    QSignalSpy settled(m_service.get(), &BorrowRepayService::actionSettled);
    QVERIFY(m_service->submitBorrow(Alpha, QStringLiteral("USDT"), dec(amount)).accepted());
    QVERIFY(settled.wait(10000));
    QCOMPARE(settled.first().at(0).value<ActionResult>().state, AuditEntry::State::SettledOk);
}

QString tst_JournalAnchor::verifyInActivityView() {
    ActivityView view(m_log.get(), m_service.get());
    view.findChild<QPushButton *>(QStringLiteral("verifyChainButton"))->click();
    return view.findChild<QLabel *>(QStringLiteral("verifyStatus"))->text();
}

void tst_JournalAnchor::truncatedTailIsNamed() {
    if (!requireKeychain()) {
        QVERIFY(!m_keyringSession);
        QSKIP("no keychain service (ctest runs this under dbus-run-session with "
              "gnome-keyring-daemon too)");
    }
    borrow("1000");
    borrow("2000"); // rows 1–6: INTENT, SENT, SETTLED_OK twice
    QTRY_COMPARE(m_log->anchor()->trusted().value_or(JournalAnchor::Head{}).id, 6);
    QVERIFY(verifyInActivityView().contains(QStringLiteral("matches the anchor")));
    stop();

    // The second borrow is made to disappear: triggers dropped, last rows deleted.
    QVERIFY(rawExec(path(), {QStringLiteral("DROP TRIGGER audit_no_delete"),
                             QStringLiteral("DELETE FROM audit WHERE id > 3")}));
    start();
    QCOMPARE(m_log->anchor()->status(), AnchorStatus::Anchored);
    const AuditVerification v = m_log->verify();
    QCOMPARE(v.chain, Chain::TailMissing);
    QCOMPARE(v.missingFrom, 4);
    QCOMPARE(v.missingTo, 6);
    const QString text = verifyInActivityView();
    QVERIFY2(text.contains(QStringLiteral("rows 4–6")) && text.contains(QStringLiteral("MISSING")),
             qPrintable(text));

    // The next borrow neither hides it nor moves the anchor: after another restart Verify still
    // reports the journal damaged.
    borrow("3000");
    QVERIFY(!m_log->verify().intact());
    start();
    QVERIFY(!m_log->verify().intact());
    QCOMPARE(m_log->anchor()->trusted()->id, 6);
}

void tst_JournalAnchor::rewrittenChainIsNamed() {
    if (!requireKeychain()) {
        QVERIFY(!m_keyringSession);
        QSKIP("no keychain service (ctest runs this under dbus-run-session with "
              "gnome-keyring-daemon too)");
    }
    borrow("1000");
    borrow("2000");
    QTRY_COMPARE(m_log->anchor()->trusted().value_or(JournalAnchor::Head{}).id, 6);
    stop();

    // The attacker writes a new journal with the first borrow made smaller, every hash
    // recomputed (with LoanDesk's own code), and puts it in place of the real one.
    const QString forged = m_dir->filePath(QStringLiteral("forged.sqlite"));
    {
        AuditLog original;
        QVERIFY(original.open(path()));
        AuditLog rewrite;
        QVERIFY(rewrite.open(forged));
        for (AuditEntry e : original.entries()) {
            if (e.intentId == 1)
                e.requestedAmount = dec("10");
            QVERIFY(rewrite.append(e));
        }
        QVERIFY(rewrite.verify().intact());
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path() + QLatin1String(suffix));
    QVERIFY(QFile::rename(forged, path()));

    start();
    const AuditVerification v = m_log->verify();
    QCOMPARE(v.chain, Chain::Rewritten);
    QCOMPARE(v.row, 6);
    const QString text = verifyInActivityView();
    QVERIFY2(text.contains(QStringLiteral("REWRITTEN")), qPrintable(text));
}

void tst_JournalAnchor::withoutKeychainVerifySaysNotAnchored() {
    if (m_keyringSession)
        QSKIP("the keyring session has a keychain; the plain run checks this");
    QCOMPARE(m_log->anchor()->status(), AnchorStatus::MemoryOnly);
    borrow("1000");
    stop();
    QVERIFY(rawExec(path(), {QStringLiteral("DROP TRIGGER audit_no_delete"),
                             QStringLiteral("DELETE FROM audit WHERE id > 1")}));
    start();
    // Nothing outside the file knew the end: the chain checks out, and Verify says that this
    // is all it can tell rather than pretending.
    const AuditVerification v = m_log->verify();
    QVERIFY(v.intact());
    QCOMPARE(v.anchor, AnchorStatus::MemoryOnly);
    const QString text = verifyInActivityView();
    QVERIFY2(text.contains(QStringLiteral("NOT anchored")) &&
                 text.contains(QStringLiteral("no keychain")),
             qPrintable(text));
}

QTEST_MAIN(tst_JournalAnchor)
#include "tst_journalanchor.moc"
