#include "historydatabase.h"

#include "historyrollups.h"

#include "domain/isoutc.h"

#include <algorithm>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

// The write half of HistoryDatabase: appending samples (with coalescing, gap and clock
// detection), events and retention.
namespace loandesk {

namespace {

QVariant text(const Decimal &d) {
    return d.toString();
}

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString HistoryDatabase::insertVerb() const {
    return m_location.backend == StorageLocation::Backend::Sqlite
               ? QStringLiteral("INSERT OR IGNORE INTO ")
               : QStringLiteral("INSERT INTO ");
}

QString HistoryDatabase::ignoreSuffix() const {
    return m_location.backend == StorageLocation::Backend::Sqlite
               ? QString()
               : QStringLiteral(" ON CONFLICT DO NOTHING");
}

std::optional<HistoryDatabase::Last> HistoryDatabase::lastSample(qint64 groupId) {
    auto it = m_last.constFind(groupId);
    if (it != m_last.cend())
        return *it;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT id, fetched_ms, until_ms, digest FROM samples"
                             " WHERE group_id = ? ORDER BY fetched_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(groupId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Last last{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
              q.value(3).toString().toLatin1()};
    m_last.insert(groupId, last);
    return last;
}

std::optional<qint64> HistoryDatabase::insertSample(const HistorySample &s,
                                                    const QByteArray &digest, QString *error) {
    QSqlQuery &q =
        prepared(insertVerb() +
                     QStringLiteral("samples (group_id, fetched_ms, until_ms, exchange_ms,"
                                    " ltv, ltv_computed, net_equity, maint_margin,"
                                    " liability, ltv_r, net_equity_r, liability_r,"
                                    " digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                    " ?, ?)") +
                     ignoreSuffix() + QStringLiteral(" RETURNING id"),
                 error);
    int i = 0;
    for (const QVariant &v :
         {QVariant(s.groupId), QVariant(s.fetchedMs), QVariant(std::max(s.untilMs, s.fetchedMs)),
          QVariant(s.exchangeMs), text(s.ltvReported),
          s.ltvComputed ? text(*s.ltvComputed) : nullText(), text(s.netEquity),
          text(s.maintenanceMargin), text(s.liability), QVariant(s.ltvForDrawing()),
          QVariant(s.netEquity.toDouble()), QVariant(s.liability.toDouble()),
          QVariant(QString::fromLatin1(digest))})
        q.bindValue(i++, v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0; // 0: the same report is stored
    q.finish(); // the statement is kept prepared; its result must not hold the transaction
    return id;
}

HistoryDatabase::AppendResult HistoryDatabase::append(const HistorySample &s, QString *error) {
    return append(QList<HistorySample>{s}, error).value(0, AppendResult::Failed);
}

QList<HistoryDatabase::AppendResult> HistoryDatabase::append(const QList<HistorySample> &samples,
                                                             QString *error) {
    QString dummy;
    QString &err = error ? *error : dummy;
    const QList<AppendResult> failed(samples.size(), AppendResult::Failed);
    if (!m_open) {
        err = QStringLiteral("history database is not open");
        return failed;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        err = db.lastError().text();
        return failed;
    }
    auto fail = [&](const QString &why) {
        err = why;
        db.rollback();
        for (const HistorySample &s : samples)
            m_last.remove(s.groupId);
        return failed;
    };
    // Every unit of the batch is locked first and in one order, so two desks writing the same
    // units never wait on each other in a cycle.
    QList<qint64> units;
    for (const HistorySample &s : samples)
        units.append(s.groupId);
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    for (const qint64 groupId : units) {
        if (!lockUnit(groupId, &err))
            return fail(err);
    }
    // Each unit's newest stored sample as of this transaction: m_last learns it on commit.
    QHash<qint64, Last> written;
    QList<AppendResult> results;
    for (const HistorySample &s : samples) {
        const AppendResult result = writeSample(s, written, &err);
        if (result == AppendResult::Failed)
            return fail(err);
        results.append(result);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        m_last.insert(it.key(), it.value());
    return results;
}

bool HistoryDatabase::extendSample(qint64 id, qint64 untilMs, QString *error) {
    // The common case at a steady market: prepared once, like the rollup statements.
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE samples SET until_ms = ? WHERE id = ? AND until_ms < ?"), error);
    q.bindValue(0, untilMs);
    q.bindValue(1, id);
    q.bindValue(2, untilMs);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

HistoryDatabase::AppendResult
HistoryDatabase::writeSample(const HistorySample &s, QHash<qint64, Last> &written, QString *error) {
    auto failed = [error](const QString &why) {
        *error = why;
        return AppendResult::Failed;
    };
    const QByteArray digest = s.digest();
    const auto earlier = written.constFind(s.groupId);
    const std::optional<Last> last =
        earlier != written.cend() ? std::optional<Last>(*earlier) : lastSample(s.groupId);
    // Identical figures polled again: extend the previous sample instead of repeating it, unless
    // a gap lies between (a gap must stay visible) or the clock went backwards.
    if (last && last->digest == digest && s.fetchedMs >= last->untilMs &&
        s.fetchedMs - last->untilMs <= m_gapMs) {
        if (!extendSample(last->id, s.fetchedMs, error))
            return AppendResult::Failed;
        // The run's end moved: its buckets' coverage (and so gap detection) follows.
        QSqlQuery &extend = prepared(HistoryRollups::extendSql(), error);
        const auto &r = HistoryRollups::Resolutions;
        const QVariantList values{s.fetchedMs,
                                  s.groupId,
                                  HistoryRollups::floorTo(last->fetchedMs, r[0]),
                                  HistoryRollups::floorTo(last->fetchedMs, r[1]),
                                  HistoryRollups::floorTo(last->fetchedMs, r[2]),
                                  s.fetchedMs};
        for (int i = 0; i < values.size(); ++i)
            extend.bindValue(i, values.at(i));
        if (!extend.exec())
            return failed(extend.lastError().text());
        Last extended = *last;
        extended.untilMs = s.fetchedMs;
        written.insert(s.groupId, extended);
        return AppendResult::Coalesced;
    }
    if (last && s.fetchedMs - last->untilMs > m_gapMs &&
        !recordEvent({s.groupId, last->untilMs, s.fetchedMs, HistoryEvent::Kind::Gap, {}}, error))
        return AppendResult::Failed;
    // Samples stay keyed by our fetch time even if the clock jumped back; the jump is recorded
    // so the interleaving it causes is explained, never silent.
    if (last && s.fetchedMs < last->untilMs &&
        !recordEvent({s.groupId, s.fetchedMs, last->untilMs, HistoryEvent::Kind::ClockBackwards,
                      QStringLiteral("from=") + isoUtc(last->untilMs)},
                     error))
        return AppendResult::Failed;
    const std::optional<qint64> id = insertSample(s, digest, error);
    if (!id)
        return AppendResult::Failed;
    AppendResult result = AppendResult::Inserted;
    qint64 rowId = *id;
    qint64 storedAt = s.fetchedMs; // the bucket whose rollups change
    if (rowId == 0) {
        // Another desk (or an earlier run) stored this report; it now also covers our fetch.
        result = AppendResult::Duplicate;
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("SELECT id, fetched_ms FROM samples WHERE group_id = ? AND"
                                 " exchange_ms = ? AND digest = ?"));
        q.addBindValue(s.groupId);
        q.addBindValue(s.exchangeMs);
        q.addBindValue(QString::fromLatin1(digest));
        if (!q.exec() || !q.next())
            return failed(q.lastError().text());
        rowId = q.value(0).toLongLong();
        storedAt = q.value(1).toLongLong();
        q.finish();
        if (!extendSample(rowId, s.fetchedMs, error))
            return AppendResult::Failed;
    } else if (!insertMembers(rowId, s, error)) {
        return AppendResult::Failed;
    }
    // A new sample is folded into its buckets; one another desk stored may already be counted
    // there, so its buckets are recomputed.
    const bool rollupsOk = result == AppendResult::Inserted
                               ? addToRollups(s, error)
                               : refreshRollups(s.groupId, storedAt, storedAt + 1, false, error);
    if (!rollupsOk)
        return AppendResult::Failed;
    written.insert(s.groupId, Last{rowId, storedAt, std::max(s.untilMs, s.fetchedMs), digest});
    return result;
}

bool HistoryDatabase::recordEvent(const HistoryEvent &e, QString *error) {
    QSqlQuery q(connection());
    q.prepare(insertVerb() +
              QStringLiteral("events (group_id, time_ms, end_ms, kind, detail)"
                             " VALUES (?, ?, ?, ?, ?)") +
              ignoreSuffix());
    q.addBindValue(e.groupId);
    q.addBindValue(e.timeMs);
    q.addBindValue(std::max(e.endMs, e.timeMs));
    q.addBindValue(HistoryEvent::kindKey(e.kind));
    // Never NULL: NOT NULL would make INSERT OR IGNORE drop the event silently.
    q.addBindValue(e.detail.isNull() ? QStringLiteral("") : e.detail);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool HistoryDatabase::lockUnit(qint64 groupId, QString *error) {
    if (m_location.backend != StorageLocation::Backend::Postgres)
        return true; // SQLite has a single writer anyway
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(7240413, ?)"));
    q.addBindValue(int(groupId % 2'147'483'647));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool HistoryDatabase::insertMembers(qint64 sampleId, const HistorySample &s, QString *error) {
    QSqlQuery &q = prepared(insertVerb() +
                                QStringLiteral("sample_members (sample_id, position, email, role,"
                                               " wallet, net_equity, maint_margin)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?)") +
                                ignoreSuffix(),
                            error);
    for (qsizetype i = 0; i < s.members.size(); ++i) {
        const HistorySample::Member &m = s.members.at(i);
        q.bindValue(0, sampleId);
        q.bindValue(1, qint64(i));
        q.bindValue(2, m.email);
        q.bindValue(3, m.role);
        q.bindValue(4, m.wallet);
        q.bindValue(5, text(m.netEquity));
        q.bindValue(6, text(m.maintainMargin));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlQuery &HistoryDatabase::prepared(const QString &sql, QString *error) {
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(connection());
        if (!q.prepare(sql) && error)
            *error = q.lastError().text();
        it = m_prepared.insert(sql, q);
    }
    return *it;
}

bool HistoryDatabase::addToRollups(const HistorySample &s, QString *error) {
    // Built once per backend: this runs on every stored poll.
    static const QString sqlite = HistoryRollups::addSql(StorageLocation::Backend::Sqlite);
    static const QString postgres = HistoryRollups::addSql(StorageLocation::Backend::Postgres);
    QSqlQuery &q = prepared(
        m_location.backend == StorageLocation::Backend::Postgres ? postgres : sqlite, error);
    const QVariant ltv = s.ltvForDrawing();
    const QVariant equity = s.netEquity.toDouble();
    const QVariant liability = s.liability.toDouble();
    const qint64 until = std::max(s.untilMs, s.fetchedMs);
    int i = 0;
    for (const qint64 res : HistoryRollups::Resolutions) {
        for (const QVariant &v : {QVariant(s.groupId),
                                  QVariant(res),
                                  QVariant(HistoryRollups::floorTo(s.fetchedMs, res)),
                                  QVariant(s.fetchedMs),
                                  QVariant(s.fetchedMs),
                                  QVariant(until),
                                  QVariant(qint64(1)),
                                  ltv,
                                  ltv,
                                  ltv,
                                  ltv,
                                  equity,
                                  equity,
                                  equity,
                                  equity,
                                  liability,
                                  liability,
                                  liability,
                                  liability,
                                  text(s.netEquity),
                                  text(s.liability)})
            q.bindValue(i++, v);
    }
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool HistoryDatabase::refreshRollups(qint64 groupId, qint64 fromMs, qint64 toMs, bool clear,
                                     QString *error) {
    QSqlDatabase db = connection();
    if (clear) // rare (retention): plain statements
        return HistoryRollups::refresh(db, m_location.backend, groupId, fromMs, toMs, clear, error);
    for (int level = 0; level < int(HistoryRollups::Resolutions.size()); ++level) {
        const qint64 res = HistoryRollups::Resolutions.at(level);
        const qint64 a = HistoryRollups::floorTo(fromMs, res);
        QSqlQuery &q = prepared(HistoryRollups::refreshSql(level), error);
        q.bindValue(0, groupId);
        q.bindValue(1, a);
        q.bindValue(2, std::max(HistoryRollups::ceilTo(toMs, res), a + res));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 HistoryDatabase::prune(qint64 beforeMs, QString *error) {
    QString dummy;
    QString &err = error ? *error : dummy;
    if (!m_open) {
        err = QStringLiteral("history database is not open");
        return -1;
    }
    QSqlDatabase db = connection();
    const QList<qint64> groups = groupIds();
    if (!db.transaction()) {
        err = db.lastError().text();
        return -1;
    }
    qint64 removed = 0;
    auto run = [&](const QString &sql, const QVariantList &values, qint64 *count = nullptr) {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            err = q.lastError().text();
            return false;
        }
        if (count)
            *count += q.numRowsAffected();
        return true;
    };
    // Per unit, so every statement walks the (group_id, fetched_ms) index.
    for (const qint64 g : groups) {
        bool ok = lockUnit(g, &err) &&
                  run(QStringLiteral("DELETE FROM sample_members WHERE sample_id IN (SELECT id FROM"
                                     " samples WHERE group_id = ? AND fetched_ms < ?)"),
                      {g, beforeMs}) &&
                  run(QStringLiteral("DELETE FROM samples WHERE group_id = ? AND fetched_ms < ?"),
                      {g, beforeMs}, &removed);
        // Whole buckets before the cut, by key range; the ones it runs through keep only their
        // newer samples.
        for (const qint64 r : HistoryRollups::Resolutions)
            ok = ok && run(QStringLiteral("DELETE FROM rollups WHERE group_id = ? AND res_ms = ?"
                                          " AND bucket_ms <= ?"),
                           {g, r, beforeMs - r});
        ok = ok && refreshRollups(g, beforeMs - 1, beforeMs, true, &err);
        if (!ok) {
            db.rollback();
            return -1;
        }
    }
    if (!run(QStringLiteral("DELETE FROM trigger_samples WHERE time_ms < ?"), {beforeMs})) {
        db.rollback();
        return -1;
    }
    // Gaps and clock jumps describe samples that are gone now; what happened to the loan
    // (borrow, repay, liquidation, interest, band crossings) is kept whatever its age.
    if (!run(QStringLiteral("DELETE FROM events WHERE end_ms < ? AND kind IN (?, ?)"),
             {beforeMs, HistoryEvent::kindKey(HistoryEvent::Kind::Gap),
              HistoryEvent::kindKey(HistoryEvent::Kind::ClockBackwards)})) {
        db.rollback();
        return -1;
    }
    if (!db.commit()) {
        err = db.lastError().text();
        db.rollback();
        return -1;
    }
    m_last.clear();
    return removed;
}

} // namespace loandesk
