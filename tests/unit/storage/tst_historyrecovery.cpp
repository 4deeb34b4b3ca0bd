// What happens to the local history file when things go wrong: a corrupt or truncated file is
// moved aside and a fresh one started (never a crash), and a process killed mid-write keeps
// every sample it had committed.
#include "storage/historydatabase.h"

#include "storagebackends.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace loandesk;

class TstHistoryRecovery final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString filledDatabase(const QString &name, int samples) {
        const QString path = m_dir.filePath(name);
        HistoryDatabase db(QStringLiteral("fill"));
        if (db.open(StorageLocation::sqlite(path)).kind != StorageStatus::Kind::Ok)
            return {};
        for (int i = 0; i < samples; ++i)
            db.append(makeSample(1, 1'700'000'000'000 + i * 5000LL, i % 2 ? "0.5" : "0.6"));
        db.close(); // checkpoints the WAL into the main file
        return path;
    }

    static QStringList asideFiles(const QString &dir) {
        return QDir(dir).entryList({QStringLiteral("*.corrupt-*.sqlite")}, QDir::Files);
    }

private Q_SLOTS:
    void damagedFileIsMovedAside_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("scribbled pages") << QStringLiteral("scribbled");
    }

    void damagedFileIsMovedAside() {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = filledDatabase(QStringLiteral("h-%1.sqlite").arg(damage), 3000);
        QVERIFY(!path.isEmpty());
        const QString moved = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(QFile::rename(path, moved));
        QFile f(moved);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        if (damage == QLatin1String("garbage")) {
            f.resize(0);
            QByteArray junk(8192, '\0');
            for (char &c : junk)
                c = char(QRandomGenerator::global()->bounded(256));
            f.write(junk);
        } else if (damage == QLatin1String("truncated")) {
            f.resize(size / 3);
        } else {
            f.seek(size / 2); // a b-tree page in the middle of the samples
            f.write(QByteArray(4096, '\xA5'));
        }
        f.close();

        HistoryDatabase db(QStringLiteral("d"));
        const StorageStatus status = db.open(StorageLocation::sqlite(moved));
        QCOMPARE(status.kind, StorageStatus::Kind::RecoveredCorrupt);
        QVERIFY(!status.detail.isEmpty());
        QVERIFY(status.movedTo.contains(QLatin1String("history.corrupt-")));
        QVERIFY(QFile::exists(status.movedTo));
        QCOMPARE(asideFiles(dir.path()).size(), 1);
        // The fresh database works at once.
        QVERIFY(db.isOpen());
        QCOMPARE(db.sampleCount(1), 0);
        QCOMPARE(db.append(makeSample(1, 1'800'000'000'000, "0.5")),
                 HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(db.sampleCount(1), 1);
    }

    void busyFileIsNeverMovedAside() {
        // A backup tool or another program holding the file locked: SQLITE_BUSY at open is not
        // damage, and twelve months of history must not be set aside for it.
        const QString path = filledDatabase(QStringLiteral("busy.sqlite"), 100);
        QVERIFY(!path.isEmpty());
        const qint64 size = QFileInfo(path).size();
        {
            QSqlDatabase locker =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(path);
            QVERIFY(locker.open());
            QSqlQuery q(locker);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));

            HistoryDatabase db(QStringLiteral("b"));
            const StorageStatus status = db.open(StorageLocation::sqlite(path));
            QCOMPARE(status.kind, StorageStatus::Kind::OpenFailed);
            QVERIFY2(status.detail.contains(QLatin1String("in use")), qPrintable(status.detail));
            QVERIFY(status.movedTo.isEmpty());
            QVERIFY(!db.isOpen());
            QVERIFY(asideFiles(m_dir.path()).isEmpty());
            QVERIFY(QFile::exists(path));
            QCOMPARE(QFileInfo(path).size(), size);

            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q = QSqlQuery();
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        // Once the other program lets go, the same file opens with every sample.
        HistoryDatabase db(QStringLiteral("b2"));
        QCOMPARE(db.open(StorageLocation::sqlite(path)).kind, StorageStatus::Kind::Ok);
        QCOMPARE(db.sampleCount(1), 100);
    }

    void unwritableLocationIsAnError() {
        HistoryDatabase db(QStringLiteral("u"));
        const StorageStatus status =
            db.open(StorageLocation::sqlite(QStringLiteral("/proc/loandesk/history.sqlite")));
        QCOMPARE(status.kind, StorageStatus::Kind::OpenFailed);
        QVERIFY(!db.isOpen());
    }

    void killedWriterKeepsCommittedSamples() {
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess writer;
        writer.setProgram(QStringLiteral(HISTORY_WRITER_HELPER));
        writer.setArguments({path});
        writer.start();
        QVERIFY(writer.waitForStarted());
        qint64 lastCommitted = 0;
        QByteArray pending;
        // Kill it while it is busy writing: after a few hundred commits, with no pause.
        while (lastCommitted < 300) {
            QVERIFY2(writer.waitForReadyRead(10000), "the writer stopped writing");
            pending += writer.readAllStandardOutput();
            const qsizetype end = pending.lastIndexOf('\n');
            if (end < 0)
                continue;
            const QList<QByteArray> lines = pending.left(end).split('\n');
            pending = pending.mid(end + 1);
            lastCommitted = lines.last().mid(qstrlen("committed ")).toLongLong();
        }
        writer.kill(); // SIGKILL: no destructor, no checkpoint, WAL left behind
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Output already printed proves these commits happened; more may have followed.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("committed "))
                lastCommitted = line.mid(qstrlen("committed ")).toLongLong();
        }

        HistoryDatabase db(QStringLiteral("k"));
        QCOMPARE(db.open(StorageLocation::sqlite(path)).kind, StorageStatus::Kind::Ok);
        const qint64 count = db.sampleCount(1);
        QVERIFY2(
            count >= lastCommitted,
            qPrintable(QStringLiteral("%1 stored, %2 committed").arg(count).arg(lastCommitted)));
        QVERIFY(count <= lastCommitted + 1); // at most the one in flight
        // Every committed sample is intact, in order, with exact amounts.
        const QList<HistorySample> samples = db.samples(1, 0, 1'800'000'000'000);
        for (qsizetype i = 0; i < lastCommitted; ++i)
            QCOMPARE(samples.at(i).liability, Decimal::fromInt(i + 1));
    }
};

QTEST_GUILESS_MAIN(TstHistoryRecovery)
#include "tst_historyrecovery.moc"
