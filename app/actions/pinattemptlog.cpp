#include "pinattemptlog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace loandesk {

namespace {

const char *const Schema[] = {
    "CREATE TABLE pin_attempts ("
    " id INTEGER PRIMARY KEY, operator_id TEXT NOT NULL, time_ms INTEGER NOT NULL,"
    " ok INTEGER NOT NULL, os_user TEXT)",
    "CREATE INDEX pin_attempts_operator ON pin_attempts(operator_id)",
    // Defence in depth: whoever can drop these can also delete the file, and so reset every
    // lock; the README says so.
    "CREATE TRIGGER pin_attempts_no_update BEFORE UPDATE ON pin_attempts"
    " BEGIN SELECT RAISE(ABORT, 'the PIN attempt log is append-only'); END",
    "CREATE TRIGGER pin_attempts_no_delete BEFORE DELETE ON pin_attempts"
    " BEGIN SELECT RAISE(ABORT, 'the PIN attempt log is append-only'); END",
};

} // namespace

PinAttemptLog::PinAttemptLog()
    : m_connection(QStringLiteral("loandesk-pins-%1").arg(quintptr(this), 0, 16)) {}

PinAttemptLog::~PinAttemptLog() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString PinAttemptLog::pathFor(const QString &registryPath) {
    return QFileInfo(registryPath).absolutePath() + QStringLiteral("/pin-attempts.sqlite");
}

bool PinAttemptLog::open(const QString &path) {
    m_open = false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.close();
    db.setDatabaseName(path);
    if (!db.open()) {
        m_errorString = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_errorString = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > SchemaVersion) {
        m_errorString = QStringLiteral("PIN attempt log has schema %1, this build knows %2")
                            .arg(version)
                            .arg(SchemaVersion);
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        m_errorString = q.lastError().text();
        return false;
    }
    if (version == 0) {
        if (!db.transaction()) {
            m_errorString = db.lastError().text();
            return false;
        }
        for (const char *statement : Schema) {
            if (!q.exec(QString::fromLatin1(statement))) {
                m_errorString = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
        if (!db.commit()) {
            m_errorString = db.lastError().text();
            return false;
        }
    }
    m_open = true;
    return true;
}

PinAttemptLog::Status PinAttemptLog::status(const QString &operatorId, qint64 nowMs) const {
    Status out;
    out.readable = false;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT time_ms, ok FROM pin_attempts WHERE operator_id = ? ORDER BY id"));
    q.addBindValue(operatorId);
    if (!q.exec())
        return out;
    out.readable = true;
    qint64 lockedUntilMs = 0;
    while (q.next()) {
        const qint64 timeMs = q.value(0).toLongLong();
        if (q.value(1).toInt() != 0) {
            out.failures = 0;
            continue;
        }
        if (timeMs < lockedUntilMs)
            continue; // checks are refused while locked; a stray row must not extend the lock
        if (++out.failures >= MaxFailures) {
            lockedUntilMs = timeMs + LockMs;
            out.failures = 0;
        }
    }
    if (nowMs < lockedUntilMs)
        out.lockedUntil = QDateTime::fromMSecsSinceEpoch(lockedUntilMs, QTimeZone::utc());
    return out;
}

bool PinAttemptLog::record(const QString &operatorId, bool ok, const QString &osUser,
                           qint64 nowMs) {
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO pin_attempts (operator_id, time_ms, ok, os_user) VALUES (?, ?, ?, ?)"));
    q.addBindValue(operatorId);
    q.addBindValue(nowMs);
    q.addBindValue(ok ? 1 : 0);
    q.addBindValue(osUser);
    if (!q.exec()) {
        m_errorString = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace loandesk
