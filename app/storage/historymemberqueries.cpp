#include "historydatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

// HistoryDatabase's per-member series and the records poller's resume point.
namespace loandesk {

namespace {
constexpr int MaxBuckets = 20000;
constexpr qsizetype IdsPerQuery = 500; // well below SQLite's bound-parameter limit
} // namespace

HistoryMemberSeries HistoryDatabase::memberSeries(qint64 groupId, qint64 fromMs, qint64 toMs,
                                                  int buckets) const {
    HistoryMemberSeries out;
    out.groupId = groupId;
    if (fromMs == std::numeric_limits<qint64>::min())
        fromMs = firstSampleMs(groupId).value_or(toMs);
    out.fromMs = fromMs;
    out.toMs = toMs;
    const qint64 span = toMs - fromMs;
    if (!m_open || span <= 0)
        return out;
    const qint64 n = std::clamp(buckets, 1, MaxBuckets);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // The bucketing of series(), keeping only the id of each bucket's last sample; the members
    // of those few samples are read afterwards.
    q.prepare(
        QStringLiteral("SELECT b.t0, b.t1, b.tend,"
                       " (SELECT s.id FROM samples s WHERE s.group_id = ? AND s.fetched_ms = b.t1"
                       "  ORDER BY s.id DESC LIMIT 1)"
                       " FROM (SELECT (fetched_ms - ?) * ? / ? AS bucket, MIN(fetched_ms) AS t0,"
                       "  MAX(fetched_ms) AS t1, MAX(until_ms) AS tend"
                       "  FROM samples WHERE group_id = ? AND fetched_ms >= ? AND fetched_ms < ?"
                       "  GROUP BY 1) b ORDER BY b.bucket"));
    for (const qint64 v : {groupId, fromMs, n, span, groupId, fromMs, toMs})
        q.addBindValue(v);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return out;
    }
    QList<qint64> ids;
    QHash<qint64, qsizetype> bucketOf;
    while (q.next()) {
        HistoryMemberSeries::Bucket b;
        b.firstMs = q.value(0).toLongLong();
        b.lastMs = q.value(1).toLongLong();
        b.endMs = q.value(2).toLongLong();
        const qint64 id = q.value(3).toLongLong();
        bucketOf.insert(id, out.buckets.size());
        ids.append(id);
        out.buckets.append(b);
    }
    q.finish();

    QHash<QString, qsizetype> memberIndex;
    for (qsizetype at = 0; at < ids.size(); at += IdsPerQuery) {
        const QList<qint64> chunk = ids.mid(at, IdsPerQuery);
        QStringList marks(chunk.size(), QStringLiteral("?"));
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

    // The same gaps as the LTV chart shows for this range.
    HistorySeries shape;
    shape.groupId = groupId;
    shape.fromMs = fromMs;
    shape.toMs = toMs;
    for (const HistoryMemberSeries::Bucket &b : std::as_const(out.buckets)) {
        HistorySeries::Bucket s;
        s.firstMs = b.firstMs;
        s.lastMs = b.lastMs;
        s.endMs = b.endMs;
        shape.buckets.append(s);
    }
    for (const HistoryEvent &e : events(groupId, fromMs, toMs)) {
        if (e.kind == HistoryEvent::Kind::Gap)
            shape.events.append(e);
    }
    out.gaps = gapsBetween(shape);
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
