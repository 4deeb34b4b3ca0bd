#include "testhelpers.h"

#include "actions/auditlog.h"
#include "actions/auditlogmodel.h"
#include "settings/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using State = AuditEntry::State;

namespace {

AuditEntry intent(const char *amount) {
    AuditEntry e;
    e.osUser = QStringLiteral("alice");
    e.profile = QStringLiteral("treasury");
    e.groupId = 10001;
    e.asset = QStringLiteral("USDT");
    e.requestedAmount = dec(amount);
    e.projectedLtv = dec("0.61234567");
    e.exchangeTimeMs = 1750000000000;
    return e;
}

AuditEntry next(const AuditEntry &intentRow, State state) {
    AuditEntry e = intentRow;
    e.id = 0;
    e.intentId = intentRow.id;
    e.state = state;
    return e;
}

// Runs `sql` on the file through a connection of its own, as someone editing it would.
bool rawExec(const QString &path, const QString &sql) {
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace

class tst_AuditLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsChainAndRoundTrips() {
        QTemporaryDir dir;
        AuditLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        AuditEntry first = intent("1200000.00000001");
        first.id = *log.append(first);
        QCOMPARE(first.id, 1);
        QVERIFY(log.append(next(first, State::Sent)));
        AuditEntry ok = next(first, State::SettledOk);
        ok.tranId = QStringLiteral("1750000001");
        ok.actualAmount = dec("1200000.00000001");
        QVERIFY(log.append(ok));

        const QList<AuditEntry> rows = log.entries();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).intentId, 1);
        QCOMPARE(rows.at(2).intentId, 1);
        QCOMPARE(rows.at(0).requestedAmount.toString(), QStringLiteral("1200000.00000001"));
        QCOMPARE(*rows.at(2).actualAmount, dec("1200000.00000001"));
        QCOMPARE(rows.at(2).tranId, QStringLiteral("1750000001"));
        QCOMPARE(rows.at(0).hash.size(), 64);
        QVERIFY(rows.at(0).hash != rows.at(1).hash);
        const AuditVerification v = log.verify();
        QVERIFY(v.intact());
        QCOMPARE(v.rows, 3);
        // No anchor store: the chain is checked, and the result says its end is not anchored.
        QCOMPARE(v.anchor, JournalAnchor::Status::NotConfigured);
        QVERIFY(log.unresolved().isEmpty());
        QVERIFY(log.isTranIdClaimed(QStringLiteral("1750000001"), 99));
        QVERIFY(!log.isTranIdClaimed(QStringLiteral("1750000001"), 1));
    }

    void unresolvedListsOpenActions() {
        QTemporaryDir dir;
        AuditLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        AuditEntry a = intent("1");
        a.id = *log.append(a);
        AuditEntry b = intent("2");
        b.id = *log.append(b);
        QVERIFY(log.append(next(a, State::Sent)));
        QVERIFY(log.append(next(b, State::Rejected)));
        const QList<AuditEntry> open = log.unresolved();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().intentId, a.id);
        QCOMPARE(open.first().state, State::Sent);
    }

    void editsAndDeletionsBreakTheChain() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        AuditLog log;
        QVERIFY(log.open(path));
        for (const char *amount : {"1", "2", "3", "4"})
            QVERIFY(log.append(intent(amount)));
        QVERIFY(!rawExec(path, QStringLiteral("DELETE FROM audit WHERE id = 2"))); // trigger
        QVERIFY(rawExec(path, QStringLiteral("DROP TRIGGER audit_no_delete")));
        QVERIFY(rawExec(path, QStringLiteral("DELETE FROM audit WHERE id = 2")));
        AuditVerification v = log.verify();
        QCOMPARE(v.chain, AuditVerification::Chain::RowsMissing);
        QCOMPARE(v.missingFrom, 2);
        QCOMPARE(v.missingTo, 2);

        QVERIFY(rawExec(path, QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(
            rawExec(path, QStringLiteral("UPDATE audit SET requested_amount = '9' WHERE id = 3")));
        QVERIFY(rawExec(path, QStringLiteral("UPDATE audit SET id = 2 WHERE id = 3")));
        v = log.verify();
        QCOMPARE(v.chain, AuditVerification::Chain::RowChanged);
        QCOMPARE(v.row, 2);
    }

    // Without a keychain (a memory store, as when no keychain service runs) the head is still
    // anchored for this run: rows cut off the end while LoanDesk runs are named, and the result
    // says the anchor would not survive a restart.
    void tailCutOffIsNamedAgainstTheAnchor() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        MemorySecretStore store;
        AuditLog log;
        log.setAnchorStore(&store);
        QVERIFY(log.open(path));
        QTRY_VERIFY(log.anchor()->status() != JournalAnchor::Status::Loading);
        for (const char *amount : {"1", "2", "3", "4", "5"})
            QVERIFY(log.append(intent(amount)));
        QTRY_COMPARE(log.anchor()->trusted().value_or(JournalAnchor::Head{}).id, 5);
        QVERIFY(log.verify().intact());
        QCOMPARE(log.verify().anchor, JournalAnchor::Status::MemoryOnly);

        QVERIFY(rawExec(path, QStringLiteral("DROP TRIGGER audit_no_delete")));
        QVERIFY(rawExec(path, QStringLiteral("DELETE FROM audit WHERE id >= 4")));
        AuditVerification v = log.verify();
        QCOMPARE(v.chain, AuditVerification::Chain::TailMissing);
        QCOMPARE(v.missingFrom, 4);
        QCOMPARE(v.missingTo, 5);

        // A later action does not move the anchor off the damaged journal, and a new instance
        // (the same store: the same run) still names the loss.
        QVERIFY(log.append(intent("6")));
        QTest::qWait(0);
        QCOMPARE(log.anchor()->trusted()->id, 5);
        AuditLog again;
        again.setAnchorStore(&store);
        QVERIFY(again.open(path));
        QTRY_VERIFY(again.anchor()->status() != JournalAnchor::Status::Loading);
        v = again.verify();
        QCOMPARE(v.chain, AuditVerification::Chain::TailMissing); // row 4 is another row now
        QCOMPARE(v.missingFrom, 5);
        QCOMPARE(v.missingTo, 5);
    }

    void rowsWrittenAfterTheAnchorAreNamed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        MemorySecretStore store;
        {
            AuditLog log;
            log.setAnchorStore(&store);
            QVERIFY(log.open(path));
            QTRY_VERIFY(log.anchor()->status() != JournalAnchor::Status::Loading);
            QVERIFY(log.append(intent("1")));
            QTRY_VERIFY(log.anchor()->trusted().has_value());
        }
        {
            AuditLog unanchored; // e.g. a run that stopped before it could anchor
            QVERIFY(unanchored.open(path));
            QVERIFY(unanchored.append(intent("2")));
            QVERIFY(unanchored.append(intent("3")));
        }
        AuditLog log;
        log.setAnchorStore(&store);
        QVERIFY(log.open(path));
        QTRY_VERIFY(log.anchor()->status() != JournalAnchor::Status::Loading);
        AuditVerification v = log.verify();
        QVERIFY(v.intact());
        QCOMPARE(v.unanchoredFrom, 2);
        // The next action anchors the whole chain again: it still holds the anchored row.
        QVERIFY(log.append(intent("4")));
        QTRY_COMPARE(log.anchor()->trusted()->id, 4);
        v = log.verify();
        QVERIFY(v.intact());
        QCOMPARE(v.unanchoredFrom, 0);
    }

    void databaseFromTheFutureIsRefusedUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(rawExec(path, QStringLiteral("PRAGMA user_version = 99")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();

        AuditLog log;
        QVERIFY(!log.open(path));
        QCOMPARE(log.openError(), AuditLog::OpenError::FromTheFuture);
        QVERIFY(!log.append(intent("1")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void modelShowsNewestFirstAndExportsCsv() {
        QTemporaryDir dir;
        AuditLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        AuditLogModel model(&log);
        QAbstractItemModelTester tester(&model);
        AuditEntry a = intent("100000");
        a.id = *log.append(a);
        AuditEntry rejected = next(a, State::Rejected);
        rejected.exchangeCode = -27009;
        rejected.exchangeMessage = QStringLiteral("=HYPERLINK(\"x\"), max 5");
        QVERIFY(log.append(rejected));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditLogModel::State).data().toString(),
                 QStringLiteral("REJECTED"));
        QVERIFY(
            model.index(0, AuditLogModel::Time).data().toString().endsWith(QLatin1String("UTC")) ||
            !model.index(0, AuditLogModel::Time).data().toString().isEmpty());
        const QList<QByteArray> lines = model.toCsv().split('\n');
        QVERIFY(lines.at(0).startsWith("id,intent_id,time_utc"));
        QVERIFY(lines.at(1).startsWith("1,1,"));
        QVERIFY(lines.at(2).contains(",-27009,\"'=HYPERLINK(\"\"x\"\"), max 5\","));
        QVERIFY(lines.at(1).contains(",100000,"));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
