#include "historydatabase.h"

#include <QSqlError>
#include <QSqlQuery>

// HistoryDatabase's per-member series and the records poller's resume point.
namespace loandesk {

namespace {
constexpr qsizetype IdsPerQuery = 500; // well below SQLite's bound-parameter limit
} // namespace

HistoryMemberSeries HistoryDatabase::memberSeries(qint64 groupId, qint64 fromMs, qint64 toMs,
                                                  int buckets) const {
    // The LTV series' buckets (from the rollups where the range is long) and gaps; each
    // bucket's values are then read from its last sample: a few index lookups per bucket.
    const HistorySeries shape = series(groupId, fromMs, toMs, buckets);
    HistoryMemberSeries out;
    out.groupId = groupId;
    out.fromMs = shape.fromMs;
    out.toMs = shape.toMs;
    out.gaps = shape.gaps;
    out.error = shape.error;
    if (!out.error.isEmpty() || shape.buckets.isEmpty())
        return out;
    QHash<qint64, qsizetype> bucketAtTime;
    QList<qint64> times;
    for (const HistorySeries::Bucket &b : shape.buckets) {
        HistoryMemberSeries::Bucket m;
        m.firstMs = b.firstMs;
        m.lastMs = b.lastMs;
        m.endMs = b.endMs;
        bucketAtTime.insert(b.lastMs, out.buckets.size());
        times.append(b.lastMs);
        out.buckets.append(m);
    }

    QSqlQuery q(connection());
    q.setForwardOnly(true);
    QHash<qint64, qsizetype> bucketOf; // sample id → bucket
    for (qsizetype at = 0; at < times.size(); at += IdsPerQuery) {
        const QList<qint64> chunk = times.mid(at, IdsPerQuery);
        const QStringList marks(chunk.size(), QStringLiteral("?"));
        // Two desks may have stored a sample at the same time: the last one wins, as in series().
        q.prepare(QStringLiteral("SELECT fetched_ms, MAX(id) FROM samples WHERE group_id = ?"
                                 " AND fetched_ms IN (") +
                  marks.join(u',') + QStringLiteral(") GROUP BY fetched_ms"));
        q.addBindValue(groupId);
        for (const qint64 t : chunk)
            q.addBindValue(t);
        if (!q.exec()) {
            out.error = q.lastError().text();
            return out;
        }
        while (q.next())
            bucketOf.insert(q.value(1).toLongLong(),
                            bucketAtTime.value(q.value(0).toLongLong(), -1));
        q.finish();
    }

    const QList<qint64> ids = bucketOf.keys();
    QHash<QString, qsizetype> memberIndex;
    for (qsizetype at = 0; at < ids.size(); at += IdsPerQuery) {
        const QList<qint64> chunk = ids.mid(at, IdsPerQuery);
        const QStringList marks(chunk.size(), QStringLiteral("?"));
        q.prepare(QStringLiteral("SELECT sample_id, email, net_equity FROM sample_members"
                                 " WHERE sample_id IN (") +
                  marks.join(u',') + QStringLiteral(") ORDER BY sample_id, position"));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            out.error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            const qsizetype b = bucketOf.value(q.value(0).toLongLong(), -1);
            const QString email = q.value(1).toString();
            const auto amount = Decimal::fromString(q.value(2).toString());
            if (b < 0 || !amount)
                continue;
            qsizetype m = memberIndex.value(email, -1);
            if (m < 0) {
                m = out.members.size();
                memberIndex.insert(email, m);
                out.members.append(email);
            }
            QList<Decimal> &values = out.buckets[b].netEquity;
            while (values.size() <= m)
                values.append(Decimal::fromInt(0));
            values[m] = values.at(m) + *amount; // a member's wallets add up
        }
        q.finish();
    }
    for (HistoryMemberSeries::Bucket &b : out.buckets) {
        while (b.netEquity.size() < out.members.size())
            b.netEquity.append(Decimal::fromInt(0));
    }
    return out;
}

std::optional<qint64> HistoryDatabase::lastEventMs(qint64 groupId,
                                                   const QList<HistoryEvent::Kind> &kinds) const {
    if (!m_open || kinds.isEmpty())
        return std::nullopt;
    QStringList marks(kinds.size(), QStringLiteral("?"));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT MAX(time_ms) FROM events WHERE group_id = ? AND kind IN (") +
              marks.join(u',') + u')');
    q.addBindValue(groupId);
    for (const HistoryEvent::Kind kind : kinds)
        q.addBindValue(HistoryEvent::kindKey(kind));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace loandesk
