#include "migrations.h"

#include "historyrollups.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loandesk {

namespace {

// Column types that differ between the two dialects. SQLite's REAL is a double; PostgreSQL's
// REAL is a float, hence DOUBLE PRECISION there.
struct Types {
    QString id, integer, real;
};

Types typesFor(Migrations::Backend backend) {
    if (backend == Migrations::Backend::Postgres)
        return {QStringLiteral("BIGSERIAL PRIMARY KEY"), QStringLiteral("BIGINT"),
                QStringLiteral("DOUBLE PRECISION")};
    return {QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("INTEGER"),
            QStringLiteral("REAL")};
}

// v1: samples with exact TEXT amounts plus REAL copies for bucketing, and per-wallet members.
// The unique key is the exchange's report (time + figures), so two desks recording the same
// unit store it once.
QStringList version1(const Types &t) {
    return {
        QStringLiteral("CREATE TABLE samples ("
                       " id %1, group_id %2 NOT NULL, fetched_ms %2 NOT NULL,"
                       " exchange_ms %2 NOT NULL, ltv TEXT NOT NULL, ltv_computed TEXT,"
                       " net_equity TEXT NOT NULL, maint_margin TEXT NOT NULL,"
                       " liability TEXT NOT NULL, ltv_r %3 NOT NULL, net_equity_r %3 NOT NULL,"
                       " liability_r %3 NOT NULL, digest TEXT NOT NULL,"
                       " UNIQUE (group_id, exchange_ms, digest))")
            .arg(t.id, t.integer, t.real),
        QStringLiteral("CREATE INDEX samples_by_time ON samples (group_id, fetched_ms)"),
        QStringLiteral("CREATE TABLE sample_members ("
                       " sample_id %1 NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
                       " position %1 NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL,"
                       " wallet TEXT NOT NULL,"
                       " net_equity TEXT NOT NULL, maint_margin TEXT NOT NULL,"
                       " PRIMARY KEY (sample_id, email, wallet))")
            .arg(t.integer),
    };
}

// v2: coalescing (until_ms: the last fetch that saw identical figures), the events table, and a
// covering index so decimation reads only the index.
QStringList version2(const Types &t) {
    return {
        QStringLiteral("ALTER TABLE samples ADD COLUMN until_ms %1").arg(t.integer),
        QStringLiteral("UPDATE samples SET until_ms = fetched_ms"),
        QStringLiteral("DROP INDEX samples_by_time"),
        QStringLiteral("CREATE INDEX samples_by_time ON samples"
                       " (group_id, fetched_ms, ltv_r, until_ms)"),
        QStringLiteral("CREATE TABLE events ("
                       " id %1, group_id %2 NOT NULL, time_ms %2 NOT NULL, end_ms %2 NOT NULL,"
                       " kind TEXT NOT NULL, detail TEXT NOT NULL,"
                       " UNIQUE (group_id, time_ms, kind, detail))")
            .arg(t.id, t.integer),
        QStringLiteral("CREATE INDEX events_by_time ON events (group_id, time_ms)"),
    };
}

// v3: the rollup table (so "all" over a year reads thousands of rows, not millions), back-filled
// from the samples already stored, and a small name/value table (the cache's upload marker).
QStringList version3(Migrations::Backend backend) {
    const QString integer = backend == Migrations::Backend::Postgres ? QStringLiteral("BIGINT")
                                                                     : QStringLiteral("INTEGER");
    return HistoryRollups::createStatements(backend) + HistoryRollups::backfillStatements(backend) +
           QStringList{QStringLiteral("CREATE TABLE loandesk_meta (name TEXT PRIMARY KEY,"
                                      " value %1 NOT NULL)")
                           .arg(integer)};
}

// v4: each unit's trigger prices per asset, written with its samples (HistoryTriggerSample).
// Exact TEXT only: they are drawn from the few hundred rows a window decimates to.
QStringList version4(const Types &t) {
    return {
        QStringLiteral("CREATE TABLE trigger_samples ("
                       " group_id %1 NOT NULL, time_ms %1 NOT NULL, asset TEXT NOT NULL,"
                       " price TEXT NOT NULL, warning_price TEXT, initial_price TEXT,"
                       " margin_call_price TEXT, liquidation_price TEXT,"
                       " PRIMARY KEY (group_id, asset, time_ms))")
            .arg(t.integer),
        QStringLiteral("CREATE INDEX trigger_samples_by_time ON trigger_samples"
                       " (group_id, time_ms)"),
    };
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" [") + sql + u']';
    return false;
}

} // namespace

int Migrations::latestVersion() {
    return 4;
}

QStringList Migrations::step(int version, Backend backend) {
    const Types t = typesFor(backend);
    switch (version) {
    case 1:
        return version1(t);
    case 2:
        return version2(t);
    case 3:
        return version3(backend);
    case 4:
        return version4(t);
    default:
        return {};
    }
}

std::optional<int> Migrations::currentVersion(QSqlDatabase &db, Backend backend, QString *error) {
    QSqlQuery q(db);
    if (backend == Backend::Sqlite) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return std::nullopt;
        }
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('loandesk_schema') IS NULL")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM loandesk_schema")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

bool Migrations::upgrade(QSqlDatabase &db, Backend backend, int target, QString *error) {
    const std::optional<int> current = currentVersion(db, backend, error);
    if (!current)
        return false;
    for (int v = *current + 1; v <= target; ++v) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QStringList sql = step(v, backend);
        if (backend == Backend::Sqlite)
            sql << QStringLiteral("PRAGMA user_version = %1").arg(v);
        else
            sql << QStringLiteral("CREATE TABLE IF NOT EXISTS loandesk_schema"
                                  " (version INTEGER NOT NULL)")
                << QStringLiteral("DELETE FROM loandesk_schema")
                << QStringLiteral("INSERT INTO loandesk_schema (version) VALUES (%1)").arg(v);
        for (const QString &s : sql) {
            if (!exec(db, s, error)) {
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace loandesk
