#include "historydatabase.h"

#include "historyrollups.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

// Team mode's way back from an outage: the local cache remembers where the outage began, and
// everything recorded since is copied into the team database once it answers again.
namespace loandesk {

namespace {

constexpr auto SampleMark = "outbox_sample_id";
constexpr auto EventMark = "outbox_event_id";
constexpr auto SinceMark = "outbox_since_ms";

} // namespace

QList<qint64> HistoryDatabase::groupIds() const {
    QList<qint64> out;
    QSqlQuery q(connection());
    // The hour rollups name every unit with samples, and are a few thousand rows a year.
    q.prepare(QStringLiteral("SELECT DISTINCT group_id FROM rollups WHERE res_ms = ?"
                             " ORDER BY group_id"));
    q.addBindValue(HistoryRollups::Resolutions.back());
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

bool HistoryDatabase::startOutbox(QString *error) {
    QSqlQuery q(connection());
    const QString verb = insertVerb();
    const QString suffix = ignoreSuffix();
    // The largest ids now: rows after them were written during the outage.
    const std::pair<const char *, QString> marks[] = {
        {SampleMark, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM samples")},
        {EventMark, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")},
        // The newest time already recorded: events at or before it are not the outage's.
        {SinceMark, QStringLiteral("SELECT COALESCE(MAX(end_ms), 0) FROM rollups WHERE"
                                   " res_ms = %1")
                        .arg(HistoryRollups::Resolutions.back())}};
    for (const auto &[name, value] : marks) {
        const QString sql = verb +
                            QStringLiteral("loandesk_meta (name, value) SELECT '%1', (%2)")
                                .arg(QLatin1String(name), value) +
                            suffix;
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool HistoryDatabase::hasOutbox() const {
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("SELECT value FROM loandesk_meta WHERE name = '%1'")
                      .arg(QLatin1String(SampleMark))) &&
           q.next();
}

bool HistoryDatabase::importSamples(qint64 groupId, const QList<HistorySample> &samples,
                                    QString *error) {
    if (samples.isEmpty())
        return true;
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto fail = [&] {
        db.rollback();
        return false;
    };
    if (!lockUnit(groupId, error))
        return fail();
    qint64 from = samples.first().fetchedMs;
    qint64 to = from + 1;
    QSqlQuery q(db);
    for (const HistorySample &s : samples) {
        const std::optional<qint64> id = insertSample(s, s.digest(), error);
        if (!id)
            return fail();
        if (*id == 0) {
            // Another desk stored this report too: its coverage grows, nothing is repeated.
            q.prepare(QStringLiteral("UPDATE samples SET until_ms = ? WHERE group_id = ? AND"
                                     " exchange_ms = ? AND digest = ? AND until_ms < ?"));
            for (const QVariant &v :
                 {QVariant(s.untilMs), QVariant(s.groupId), QVariant(s.exchangeMs),
                  QVariant(QString::fromLatin1(s.digest())), QVariant(s.untilMs)})
                q.addBindValue(v);
            if (!q.exec()) {
                *error = q.lastError().text();
                return fail();
            }
        } else if (!insertMembers(*id, s, error)) {
            return fail();
        }
        from = std::min(from, s.fetchedMs);
        to = std::max(to, s.fetchedMs + 1);
    }
    if (!refreshRollups(groupId, from, to, false, error) || !db.commit())
        return fail();
    m_last.remove(groupId);
    return true;
}

qint64 HistoryDatabase::uploadOutbox(HistoryDatabase &team, QString *error) {
    QString dummy;
    QString &err = error ? *error : dummy;
    QSqlQuery q(connection());
    QHash<QString, qint64> mark;
    if (!q.exec(QStringLiteral("SELECT name, value FROM loandesk_meta"))) {
        err = q.lastError().text();
        return -1;
    }
    while (q.next())
        mark.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!mark.contains(QLatin1String(SampleMark)))
        return 0;
    // Per unit, the time span of what the outage added; clock jumps may interleave older
    // rows in it, which the unique keys make harmless.
    q.prepare(QStringLiteral("SELECT group_id, MIN(fetched_ms), MAX(fetched_ms) FROM samples"
                             " WHERE id > ? GROUP BY group_id"));
    q.addBindValue(mark.value(QLatin1String(SampleMark)));
    if (!q.exec()) {
        err = q.lastError().text();
        return -1;
    }
    QList<std::tuple<qint64, qint64, qint64>> spans;
    while (q.next())
        spans.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    qint64 copied = 0;
    for (const auto &[group, from, to] : spans) {
        const QList<HistorySample> rows = samples(group, from, to + 1);
        if (!team.importSamples(group, rows, &err))
            return -1;
        copied += rows.size();
        // Trigger prices of the same span; one bucket per couple of ms keeps every row (samples
        // are seconds apart).
        const HistoryTriggerSeries triggers =
            triggerSeries(group, from, to + 1, std::numeric_limits<int>::max());
        if (!triggers.error.isEmpty()) {
            err = triggers.error;
            return -1;
        }
        if (!team.appendTriggers(triggers.samples, &err))
            return -1;
    }
    q.prepare(QStringLiteral("SELECT group_id, time_ms, end_ms, kind, detail FROM events"
                             " WHERE id > ? AND time_ms > ? ORDER BY id"));
    q.addBindValue(mark.value(QLatin1String(EventMark)));
    // A gap from before the outage to its first sample is the cache's own, not the team's.
    q.addBindValue(mark.value(QLatin1String(SinceMark)));
    if (!q.exec()) {
        err = q.lastError().text();
        return -1;
    }
    while (q.next()) {
        const auto kind = HistoryEvent::kindFromKey(q.value(3).toString());
        if (kind && !team.recordEvent({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       q.value(2).toLongLong(), *kind, q.value(4).toString()},
                                      &err))
            return -1;
    }
    if (!q.exec(QStringLiteral("DELETE FROM loandesk_meta WHERE name LIKE 'outbox_%'"))) {
        err = q.lastError().text();
        return -1;
    }
    return copied;
}

} // namespace loandesk
