// Upgrading a history database of every earlier schema version, on both backends, keeps its
// samples; a database from a newer LoanDesk is refused and left byte-for-byte untouched.
#include "storage/historydatabase.h"
#include "storage/migrations.h"

#include "storagebackends.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace loandesk;

namespace {

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TstMigrations final : public QObject {
    Q_OBJECT

    StorageBackends m_backends;

    std::optional<StorageLocation> location() {
        QFETCH_GLOBAL(bool, postgres);
        return m_backends.fresh(postgres);
    }

    // Builds a database at `version` with the raw helper connection `name`.
    static bool buildAt(const StorageLocation &l, int version, const QString &name) {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                l.backend == StorageLocation::Backend::Sqlite ? QStringLiteral("QSQLITE")
                                                              : QStringLiteral("QPSQL"),
                name + QStringLiteral("-raw"));
            if (l.backend == StorageLocation::Backend::Sqlite) {
                db.setDatabaseName(l.path);
            } else {
                db.setHostName(l.host);
                db.setPort(l.port);
                db.setDatabaseName(l.database);
                db.setUserName(l.user);
            }
            ok = db.open() && Migrations::upgrade(db, l.backend, version);
            if (ok && version >= 1) {
                // A sample as LoanDesk 0.1 (schema v1) wrote it; from v2 on with its coverage.
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral(
                    "INSERT INTO samples (group_id, fetched_ms, exchange_ms, ltv, ltv_computed,"
                    " net_equity, maint_margin, liability, ltv_r, net_equity_r, liability_r,"
                    " digest) VALUES (11, 1700000000000, 1699999999990, '0.5', '0.50000001',"
                    " '2000.12345678', '0', '1000.00000002', 0.5, 2000.12345678, 1000.00000002,"
                    " 'abc')"));
                if (ok && version >= 2)
                    ok = q.exec(QStringLiteral("UPDATE samples SET until_ms = fetched_ms"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name + QStringLiteral("-raw"));
        return ok;
    }

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addColumns(); }

    void init() {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && qEnvironmentVariableIsEmpty("LOANDESK_TEST_PG"))
            QSKIP(qPrintable(StorageBackends::skipReason()));
    }

    void upgradesEveryEarlierVersion_data() {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void upgradesEveryEarlierVersion() {
        QFETCH(int, from);
        const std::optional<StorageLocation> l = location();
        QVERIFY(l);
        QVERIFY(buildAt(*l, from, QStringLiteral("m")));
        HistoryDatabase db(QStringLiteral("m"));
        const StorageStatus status = db.open(*l);
        QCOMPARE(status.kind, StorageStatus::Kind::Ok);
        QCOMPARE(status.foundVersion, from);
        {
            QSqlDatabase c = db.connection();
            QCOMPARE(Migrations::currentVersion(c, l->backend), Migrations::latestVersion());
        }
        if (from >= 1) {
            const QList<HistorySample> old = db.samples(11, 0, 1'800'000'000'000);
            QCOMPARE(old.size(), 1);
            QCOMPARE(old.first().untilMs, old.first().fetchedMs); // v2 backfills coverage
            QCOMPARE(old.first().netEquity, dec("2000.12345678"));
        }
        if (from >= 1 && from < 3) {
            // v3 back-fills the rollups: a 20-hour view reads hours and still finds it. (From v3
            // on, the raw INSERT above bypasses the rollups, as no LoanDesk write does.)
            const HistorySeries s =
                db.series(11, 1'700'000'000'000 - 36'000'000, 1'700'000'000'000 + 36'000'000, 4);
            QCOMPARE(s.resolutionMs, 3'600'000);
            QCOMPARE(s.buckets.size(), 1);
            QCOMPARE(s.buckets.first().count, 1);
            QCOMPARE(s.buckets.first().ltvMax, 0.5);
            QCOMPARE(s.buckets.first().netEquityText, QStringLiteral("2000.12345678"));
        }
        {
            // v4: the upgraded database takes trigger prices.
            QString error;
            HistoryTriggerSample t;
            t.groupId = 11;
            t.timeMs = 1'700'000'060'000;
            t.asset = QStringLiteral("BTC");
            t.priceUsd = dec("90000.5");
            t.marginCall = dec("71420.00000001");
            QVERIFY2(db.appendTriggers({t}, &error), qPrintable(error));
            QCOMPARE(db.triggerSeries(11, 1'700'000'000'000, 1'700'000'100'000, 10).samples,
                     QList<HistoryTriggerSample>{t});
        }
        // The upgraded database takes new samples and events.
        QCOMPARE(db.append(makeSample(11, 1'700'000'060'000, "0.6")),
                 HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(db.events(11, 0, 1'800'000'000'000).size(), from >= 1 ? 1 : 0); // the gap
        db.close();
        // Opening again is a no-op.
        QCOMPARE(db.open(*l).foundVersion, Migrations::latestVersion());
    }

    void newerDatabaseIsRefusedUntouched() {
        const std::optional<StorageLocation> l = location();
        QVERIFY(l);
        QVERIFY(buildAt(*l, Migrations::latestVersion(), QStringLiteral("n")));
        const int future = Migrations::latestVersion() + 1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                l->backend == StorageLocation::Backend::Sqlite ? QStringLiteral("QSQLITE")
                                                               : QStringLiteral("QPSQL"),
                QStringLiteral("future"));
            db.setDatabaseName(l->backend == StorageLocation::Backend::Sqlite ? l->path
                                                                              : l->database);
            db.setHostName(l->host);
            db.setPort(l->port);
            db.setUserName(l->user);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                l->backend == StorageLocation::Backend::Sqlite
                    ? QStringLiteral("PRAGMA user_version = %1").arg(future)
                    : QStringLiteral("UPDATE loandesk_schema SET version = %1").arg(future)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before =
            l->backend == StorageLocation::Backend::Sqlite ? fileHash(l->path) : QByteArray();
        HistoryDatabase db(QStringLiteral("n"));
        const StorageStatus status = db.open(*l);
        QCOMPARE(status.kind, StorageStatus::Kind::TooNew);
        QCOMPARE(status.foundVersion, future);
        QVERIFY(!db.isOpen());
        QCOMPARE(db.append(makeSample(1, 1, "0.5")), HistoryDatabase::AppendResult::Failed);
        if (l->backend == StorageLocation::Backend::Sqlite)
            QCOMPARE(fileHash(l->path), before);
    }
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
