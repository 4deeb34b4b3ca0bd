#include "historydatabase.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace loandesk {

namespace {

// Below this size the full quick_check runs at open; above it (years of history) only cheap
// probes, so startup stays fast. Damage found later surfaces as a write error and a reopen.
constexpr qint64 QuickCheckLimitBytes = 256LL * 1024 * 1024;

// How long a read at open waits for another connection's lock before giving up.
constexpr int OpenBusyTimeoutMs = 5000;

// SQLITE_BUSY (5) or SQLITE_LOCKED (6), also as extended codes: another connection holds a
// lock. That says nothing about the file's health.
bool isBusy(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 5 || code == 6);
}

} // namespace

HistoryDatabase::HistoryDatabase(const QString &connectionName)
    : m_name(connectionName) {}

HistoryDatabase::~HistoryDatabase() {
    close();
}

QSqlDatabase HistoryDatabase::connection() const {
    return QSqlDatabase::database(m_name, false);
}

void HistoryDatabase::close() {
    m_open = false;
    m_last.clear();
    m_prepared.clear(); // statements must go before their connection
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

StorageStatus HistoryDatabase::open(const StorageLocation &location) {
    close();
    m_location = location;
    return location.backend == StorageLocation::Backend::Sqlite ? openSqlite() : openPostgres();
}

bool HistoryDatabase::connectSqlite(QString *error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_location.path);
    // From the very first read: a lock held for a moment must not look like damage.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(OpenBusyTimeoutMs));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

QString HistoryDatabase::sqliteProblem(bool *busy) {
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    auto failed = [&q, busy] {
        *busy = isBusy(q.lastError());
        return q.lastError().text();
    };
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master")))
        return failed();
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (q.lastError().isValid())
        return failed();
    if (QFileInfo(m_location.path).size() < QuickCheckLimitBytes) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            return failed();
        const QString verdict = q.value(0).toString();
        if (verdict != QLatin1String("ok"))
            return verdict;
        return {};
    }
    // The newest rows sit in the rightmost pages: reading them catches a truncated file.
    for (const QString &table : {QStringLiteral("samples"), QStringLiteral("events")}) {
        if (tables.contains(table) &&
            !q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id DESC LIMIT 1").arg(table)))
            return failed();
    }
    return {};
}

StorageStatus HistoryDatabase::openSqlite() {
    StorageStatus status;
    status.backend = QStringLiteral("sqlite");
    status.location = m_location.path;
    QDir().mkpath(QFileInfo(m_location.path).absolutePath());
    QString error;
    if (!connectSqlite(&error)) {
        status.kind = StorageStatus::Kind::OpenFailed;
        status.detail = error;
        close();
        return status;
    }
    // A file another connection keeps locked is in use, not damaged: it is left where it is.
    auto busyStatus = [&](const QString &detail) {
        close();
        status.kind = StorageStatus::Kind::OpenFailed;
        status.detail = QStringLiteral("the history file is in use by another program and was "
                                       "left untouched (%1)")
                            .arg(detail);
        return status;
    };
    // Read the version before anything writes: a newer LoanDesk's file must stay untouched.
    std::optional<int> version;
    QString problem;
    bool busy = false;
    {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            version = q.value(0).toInt();
        } else {
            busy = isBusy(q.lastError());
            problem = q.lastError().text();
        }
    }
    if (busy)
        return busyStatus(problem);
    if (version && *version > Migrations::latestVersion()) {
        close();
        status.kind = StorageStatus::Kind::TooNew;
        status.foundVersion = *version;
        status.detail = QStringLiteral("schema version %1 is newer than %2")
                            .arg(*version)
                            .arg(Migrations::latestVersion());
        return status;
    }
    if (problem.isEmpty())
        problem = sqliteProblem(&busy);
    if (busy)
        return busyStatus(problem);
    if (!problem.isEmpty()) {
        close();
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QString base = m_location.path;
        if (base.endsWith(QLatin1String(".sqlite")))
            base.chop(7);
        const QString aside =
            base + QStringLiteral(".corrupt-") + stamp + QStringLiteral(".sqlite");
        if (!QFile::rename(m_location.path, aside)) {
            status.kind = StorageStatus::Kind::OpenFailed;
            status.detail = problem + QStringLiteral("; could not move it aside");
            return status;
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = m_location.path + QLatin1String(suffix);
            if (QFile::exists(side))
                QFile::rename(side, aside + QLatin1String(suffix));
        }
        if (!connectSqlite(&error)) {
            status.kind = StorageStatus::Kind::OpenFailed;
            status.detail = error;
            close();
            return status;
        }
        status.kind = StorageStatus::Kind::RecoveredCorrupt;
        status.detail = problem;
        status.movedTo = aside;
    }
    // WAL: readers never block the writer, and a killed process loses no committed sample.
    // synchronous=NORMAL is durable against process death (only power loss may drop the
    // last transactions), which is what a desk application needs.
    QSqlQuery q(connection());
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QLatin1String(pragma))) {
            status.kind = StorageStatus::Kind::OpenFailed;
            status.detail = q.lastError().text();
            close();
            return status;
        }
    }
    return migrate(status);
}

StorageStatus HistoryDatabase::openPostgres() {
    StorageStatus status;
    status.backend = QStringLiteral("postgresql");
    status.location = m_location.displayName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        QString options = QStringLiteral("connect_timeout=5");
        if (!m_location.options.isEmpty())
            options += u';' + m_location.options;
        db.setConnectOptions(options);
        if (!db.open()) {
            status.kind = StorageStatus::Kind::OpenFailed;
            status.detail = db.lastError().text();
            db = QSqlDatabase();
            close();
            return status;
        }
    }
    // Two desks starting together must not both run the same migration.
    QSqlQuery q(connection());
    q.exec(QStringLiteral("SELECT pg_advisory_lock(7240412)"));
    status = migrate(status);
    if (m_open)
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(7240412)"));
    return status;
}

StorageStatus HistoryDatabase::migrate(StorageStatus status) {
    QSqlDatabase db = connection();
    QString error;
    const std::optional<int> version = Migrations::currentVersion(db, m_location.backend, &error);
    if (version && *version > Migrations::latestVersion()) {
        db = QSqlDatabase();
        close();
        status.kind = StorageStatus::Kind::TooNew;
        status.foundVersion = *version;
        status.detail = QStringLiteral("schema version %1 is newer than %2")
                            .arg(*version)
                            .arg(Migrations::latestVersion());
        return status;
    }
    if (!version ||
        !Migrations::upgrade(db, m_location.backend, Migrations::latestVersion(), &error)) {
        db = QSqlDatabase();
        close();
        status.kind = StorageStatus::Kind::OpenFailed;
        status.detail = error;
        return status;
    }
    status.foundVersion = *version;
    if (status.kind == StorageStatus::Kind::Closed)
        status.kind = StorageStatus::Kind::Ok;
    m_open = true;
    return status;
}

} // namespace loandesk
