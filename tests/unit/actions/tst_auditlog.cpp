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

// An entry with every hashed field set, so that a field dropped from or moved in the hashed
// form changes its hash.
AuditEntry fullEntry() {
    AuditEntry e;
    e.timeMs = 1750000000123;
    e.osUser = QStringLiteral("alice");
    e.profile = QStringLiteral("treasury");
    e.groupId = 10001;
    e.asset = QStringLiteral("USDT");
    e.requestedAmount = dec("250000.5");
    e.projectedLtv = dec("0.61234567");
    e.secondOperator = QStringLiteral("bob");
    e.exchangeTimeMs = 1750000000000;
    e.baseUrl = QStringLiteral("https://api.binance.com");
    e.liabilityBefore = dec("1000");
    return e;
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
    // Every journal already written verifies against these bytes: a change to the hashed
    // fields, their order or their text would report every existing row as edited.
    void hashedFormIsFrozen() {
        QTemporaryDir dir;
        AuditLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(log.append(fullEntry()));
        QCOMPARE(
            log.entries().at(0).hash,
            QStringLiteral("22ff7a35f2e47fd7e5c6143746a12619fa229a1532e5821959716eb307d67572"));
    }

    // A journal written before schema 2 (row format 1) is migrated on open; its rows keep
    // their format and still verify, and a new row chains onto them.
    void schemaOneJournalStillVerifies() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(rawExec(
            path,
            QStringLiteral(
                "CREATE TABLE audit (id INTEGER PRIMARY KEY, intent_id INTEGER NOT NULL,"
                " time_ms INTEGER NOT NULL, os_user TEXT, profile TEXT, action TEXT NOT NULL,"
                " group_id INTEGER NOT NULL, asset TEXT NOT NULL, requested_amount TEXT NOT NULL,"
                " repay_from TEXT, projected_ltv TEXT, state TEXT NOT NULL, tran_id TEXT,"
                " actual_amount TEXT, exchange_code INTEGER NOT NULL, exchange_message TEXT,"
                " second_operator TEXT, exchange_time_ms INTEGER NOT NULL,"
                " hash TEXT NOT NULL)")));
        QVERIFY(rawExec(path, QStringLiteral("PRAGMA user_version = 1")));
        const QString columns = QStringLiteral(
            "INSERT INTO audit VALUES (%1, 1, %2, 'alice', 'treasury', 'BORROW', 10001, 'USDT',"
            " '250000.5', NULL, '0.61234567', '%3', %4, %5, 0, NULL, 'bob', 1750000000000,"
            " '%6')");
        QVERIFY(rawExec(
            path,
            columns.arg(QStringLiteral("1"), QStringLiteral("1750000000123"),
                        QStringLiteral("INTENT"), QStringLiteral("NULL"), QStringLiteral("NULL"),
                        QStringLiteral("cc4993a65cc65577d221ce6c3bb680bdd09845c0610e34043e"
                                       "66cee38b56a317"))));
        QVERIFY(rawExec(
            path, columns.arg(QStringLiteral("2"), QStringLiteral("1750000000456"),
                              QStringLiteral("SETTLED_OK"), QStringLiteral("'987654'"),
                              QStringLiteral("'250000.5'"),
                              QStringLiteral("e532886abecaf93b1208a610525667ecdc956f7d68a143fcda"
                                             "de17f5a6f4f32e"))));

        AuditLog log;
        QVERIFY2(log.open(path), qPrintable(log.errorString()));
        QVERIFY(log.verify().intact());
        QCOMPARE(log.entries().at(1).rowFormat, 1);
        QVERIFY(log.append(fullEntry()));
        QCOMPARE(log.entries().at(2).rowFormat, 2);
        QVERIFY(log.verify().intact());
        // An edit to an old row is still caught.
        QVERIFY(rawExec(path, QStringLiteral("DROP TRIGGER IF EXISTS audit_no_update")));
        QVERIFY(rawExec(path, QStringLiteral("UPDATE audit SET second_operator = 'eve' "
                                             "WHERE id = 1")));
        QCOMPARE(log.verify().chain, AuditVerification::Chain::RowChanged);
        QCOMPARE(log.verify().row, 1);
    }

    // The CSV an auditor loads, to the byte: header, field order, UTC times, exact amounts.
    void csvIsFrozen() {
        QTemporaryDir dir;
        AuditLog log;
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(log.append(fullEntry()));
        AuditLogModel model(&log);
        QCOMPARE(model.toCsv(),
                 QByteArray("id,intent_id,time_utc,os_user,profile,action,group_id,asset,"
                            "requested_amount,repay_from,projected_ltv,state,tran_id,"
                            "actual_amount,exchange_code,exchange_message,second_operator,"
                            "hash\r\n"
                            "1,1,2025-06-15T15:06:40.123Z,alice,treasury,BORROW,10001,USDT,"
                            "250000.5,,0.61234567,INTENT,,,0,,bob,"
                            "22ff7a35f2e47fd7e5c6143746a12619fa229a1532e5821959716eb307d67572"
                            "\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
