#include "historyrollups.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loandesk {

namespace {

const QString Columns = QStringLiteral(
    "group_id, res_ms, bucket_ms, first_ms, last_ms, end_ms, n, ltv_min, ltv_max, ltv_first,"
    " ltv_last, equity_min, equity_max, equity_first, equity_last, liability_min,"
    " liability_max, liability_first, liability_last, equity_text, liability_text");

// Upsert rather than plain insert: a bucket being refreshed already exists.
QString onConflict() {
    QStringList set;
    const QStringList columns = Columns.split(QStringLiteral(", "));
    for (qsizetype i = 3; i < columns.size(); ++i)
        set << columns.at(i).trimmed() + QStringLiteral(" = excluded.") + columns.at(i).trimmed();
    return QStringLiteral(" ON CONFLICT (group_id, res_ms, bucket_ms) DO UPDATE SET ") +
           set.join(QStringLiteral(", "));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

QStringList HistoryRollups::createStatements(Backend backend) {
    const bool pg = backend == Backend::Postgres;
    const QString integer = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QString real = pg ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
    return {
        // Clustered on its key in SQLite: a range query reads consecutive pages only.
        QStringLiteral("CREATE TABLE rollups ("
                       " group_id %1 NOT NULL, res_ms %1 NOT NULL, bucket_ms %1 NOT NULL,"
                       " first_ms %1 NOT NULL, last_ms %1 NOT NULL, end_ms %1 NOT NULL,"
                       " n %1 NOT NULL, ltv_min %2, ltv_max %2, ltv_first %2, ltv_last %2,"
                       " equity_min %2, equity_max %2, equity_first %2, equity_last %2,"
                       " liability_min %2, liability_max %2, liability_first %2,"
                       " liability_last %2, equity_text TEXT, liability_text TEXT,"
                       " PRIMARY KEY (group_id, res_ms, bucket_ms))%3")
            .arg(integer, real, pg ? QString() : QStringLiteral(" WITHOUT ROWID")),
    };
}

QStringList HistoryRollups::backfillStatements(Backend) {
    QStringList sql;
    for (int level = 0; level < int(Resolutions.size()); ++level)
        sql << levelSql(level, QStringLiteral("1 = 1"));
    return sql;
}

QString HistoryRollups::levelSql(int level, const QString &filter) {
    const QString r = QString::number(Resolutions.at(level));
    if (level == 0) {
        // First and last values come from the sample at the first and last fetch time.
        return QStringLiteral(
                   "INSERT INTO rollups (%1) SELECT b.g, %2, b.k, b.t0, b.t1, b.tend, b.n,"
                   " b.lmin, b.lmax, f.ltv_r, l.ltv_r, b.emin, b.emax, f.net_equity_r,"
                   " l.net_equity_r, b.dmin, b.dmax, f.liability_r, l.liability_r,"
                   " l.net_equity, l.liability FROM (SELECT group_id AS g,"
                   " fetched_ms - fetched_ms % %2 AS k, MIN(fetched_ms) AS t0,"
                   " MAX(fetched_ms) AS t1, MAX(COALESCE(until_ms, fetched_ms)) AS tend,"
                   " COUNT(*) AS n, MIN(ltv_r) AS lmin, MAX(ltv_r) AS lmax,"
                   " MIN(net_equity_r) AS emin, MAX(net_equity_r) AS emax,"
                   " MIN(liability_r) AS dmin, MAX(liability_r) AS dmax FROM samples WHERE %3"
                   " GROUP BY group_id, fetched_ms - fetched_ms % %2) b"
                   " JOIN samples f ON f.id = (SELECT s.id FROM samples s WHERE"
                   " s.group_id = b.g AND s.fetched_ms = b.t0 ORDER BY s.id LIMIT 1)"
                   " JOIN samples l ON l.id = (SELECT s.id FROM samples s WHERE"
                   " s.group_id = b.g AND s.fetched_ms = b.t1 ORDER BY s.id DESC LIMIT 1)"
                   " WHERE 1 = 1")
                   .arg(Columns, r, filter) +
               onConflict();
    }
    const QString p = QString::number(Resolutions.at(level - 1));
    return QStringLiteral(
               "INSERT INTO rollups (%1) SELECT b.g, %2, b.k, b.t0, b.t1, b.tend, b.n,"
               " b.lmin, b.lmax, f.ltv_first, l.ltv_last, b.emin, b.emax, f.equity_first,"
               " l.equity_last, b.dmin, b.dmax, f.liability_first, l.liability_last,"
               " l.equity_text, l.liability_text FROM (SELECT group_id AS g,"
               " bucket_ms - bucket_ms % %2 AS k, MIN(first_ms) AS t0, MAX(last_ms) AS t1,"
               " MAX(end_ms) AS tend, SUM(n) AS n, MIN(ltv_min) AS lmin, MAX(ltv_max) AS lmax,"
               " MIN(equity_min) AS emin, MAX(equity_max) AS emax, MIN(liability_min) AS dmin,"
               " MAX(liability_max) AS dmax FROM rollups WHERE res_ms = %3 AND %4"
               " GROUP BY group_id, bucket_ms - bucket_ms % %2) b"
               " JOIN rollups f ON f.group_id = b.g AND f.res_ms = %3"
               " AND f.bucket_ms = b.t0 - b.t0 % %3"
               " JOIN rollups l ON l.group_id = b.g AND l.res_ms = %3"
               " AND l.bucket_ms = b.t1 - b.t1 % %3 WHERE 1 = 1")
               .arg(Columns, r, p, filter) +
           onConflict();
}

bool HistoryRollups::refresh(QSqlDatabase &db, Backend, qint64 groupId, qint64 fromMs, qint64 toMs,
                             bool clear, QString *error) {
    for (int level = 0; level < int(Resolutions.size()); ++level) {
        const qint64 res = Resolutions.at(level);
        const qint64 a = floorTo(fromMs, res);
        const qint64 b = std::max(ceilTo(toMs, res), a + res);
        if (clear &&
            !exec(db,
                  QStringLiteral("DELETE FROM rollups WHERE group_id = %1 AND res_ms = %2 AND"
                                 " bucket_ms >= %3 AND bucket_ms < %4")
                      .arg(groupId)
                      .arg(res)
                      .arg(a)
                      .arg(b),
                  error))
            return false;
        const QString column =
            level == 0 ? QStringLiteral("fetched_ms") : QStringLiteral("bucket_ms");
        const QString filter = QStringLiteral("group_id = %1 AND %2 >= %3 AND %2 < %4")
                                   .arg(groupId)
                                   .arg(column)
                                   .arg(a)
                                   .arg(b);
        if (!exec(db, levelSql(level, filter), error))
            return false;
    }
    return true;
}

QString HistoryRollups::refreshSql(int level) {
    return levelSql(
        level, level == 0 ? QStringLiteral("group_id = ? AND fetched_ms >= ? AND fetched_ms < ?")
                          : QStringLiteral("group_id = ? AND bucket_ms >= ? AND bucket_ms < ?"));
}

QString HistoryRollups::addSql(Backend backend) {
    // SQLite's two-argument min()/max() are PostgreSQL's LEAST()/GREATEST(); the columns are
    // NOT NULL, so their NULL handling never differs.
    const bool pg = backend == Backend::Postgres;
    const QString least = pg ? QStringLiteral("LEAST") : QStringLiteral("min");
    const QString greatest = pg ? QStringLiteral("GREATEST") : QStringLiteral("max");
    auto pick = [](const QString &column, const QString &when) {
        return QStringLiteral("%1 = CASE WHEN %2 THEN excluded.%1 ELSE rollups.%1 END")
            .arg(column, when);
    };
    auto fold = [](const QString &column, const QString &fn) {
        return QStringLiteral("%1 = %2(rollups.%1, excluded.%1)").arg(column, fn);
    };
    const QString earlier = QStringLiteral("excluded.first_ms < rollups.first_ms");
    const QString later = QStringLiteral("excluded.last_ms >= rollups.last_ms");
    QStringList set{
        QStringLiteral("n = rollups.n + excluded.n"), fold(QStringLiteral("end_ms"), greatest),
        fold(QStringLiteral("first_ms"), least), fold(QStringLiteral("last_ms"), greatest)};
    for (const char *figure : {"ltv", "equity", "liability"}) {
        const QString f = QLatin1String(figure);
        set << fold(f + QStringLiteral("_min"), least) << fold(f + QStringLiteral("_max"), greatest)
            << pick(f + QStringLiteral("_first"), earlier)
            << pick(f + QStringLiteral("_last"), later);
    }
    set << pick(QStringLiteral("equity_text"), later)
        << pick(QStringLiteral("liability_text"), later);
    QStringList row;
    for (qsizetype i = 0; i < Columns.count(u',') + 1; ++i)
        row << QStringLiteral("?");
    QStringList rows;
    for (std::size_t i = 0; i < Resolutions.size(); ++i)
        rows << QLatin1Char('(') + row.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO rollups (%1) VALUES %2"
                          " ON CONFLICT (group_id, res_ms, bucket_ms) DO UPDATE SET %3")
        .arg(Columns, rows.join(QStringLiteral(", ")), set.join(QStringLiteral(", ")));
}

QString HistoryRollups::extendSql() {
    return QStringLiteral("UPDATE rollups SET end_ms = ? WHERE group_id = ? AND ((res_ms = %1 AND"
                          " bucket_ms = ?) OR (res_ms = %2 AND bucket_ms = ?) OR (res_ms = %3 AND"
                          " bucket_ms = ?)) AND end_ms < ?")
        .arg(Resolutions[0])
        .arg(Resolutions[1])
        .arg(Resolutions[2]);
}

qint64 HistoryRollups::resolutionFor(qint64 bucketMs) {
    qint64 best = 0;
    for (const qint64 r : Resolutions) {
        if (r <= bucketMs)
            best = r;
    }
    return best;
}

} // namespace loandesk
