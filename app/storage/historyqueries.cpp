#include "historydatabase.h"

#include "historyrollups.h"

#include "domain/isoutc.h"

#include <QDateTime>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <limits>

// The read half of HistoryDatabase: decimation, events, samples and CSV export. Decimation runs
// in SQL so a caller gets at most `buckets` rows whatever the range holds.
namespace loandesk {

namespace {

constexpr int MaxBuckets = 20000;

Decimal decimal(const QVariant &v) {
    return Decimal::fromString(v.toString()).value_or(Decimal::invalid());
}

QList<HistorySeries::Gap> merged(QList<HistorySeries::Gap> gaps, qint64 from, qint64 to) {
    std::sort(gaps.begin(), gaps.end(),
              [](const auto &a, const auto &b) { return a.fromMs < b.fromMs; });
    QList<HistorySeries::Gap> out;
    for (HistorySeries::Gap g : gaps) {
        g.fromMs = std::max(g.fromMs, from);
        g.toMs = std::min(g.toMs, to);
        if (g.toMs <= g.fromMs)
            continue;
        if (!out.isEmpty() && g.fromMs <= out.last().toMs)
            out.last().toMs = std::max(out.last().toMs, g.toMs);
        else
            out.append(g);
    }
    return out;
}

} // namespace

std::optional<qint64> HistoryDatabase::firstSampleMs(qint64 groupId) const {
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT MIN(fetched_ms) FROM samples WHERE group_id = ?"));
    q.addBindValue(groupId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 HistoryDatabase::sampleCount(qint64 groupId) const {
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM samples WHERE group_id = ?"));
    q.addBindValue(groupId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

namespace {

// Buckets arrive in time order from up to three parts (raw head, rollups, raw tail); a bucket
// index seen again continues the previous bucket.
void addBucket(HistorySeries &out, QList<qint64> &keys, qint64 key,
               const HistorySeries::Bucket &b) {
    if (keys.isEmpty() || keys.last() != key) {
        keys.append(key);
        out.buckets.append(b);
        return;
    }
    HistorySeries::Bucket &a = out.buckets.last();
    a.ltvMin = std::min(a.ltvMin, b.ltvMin);
    a.ltvMax = std::max(a.ltvMax, b.ltvMax);
    a.lastMs = b.lastMs;
    a.endMs = std::max(a.endMs, b.endMs);
    a.count += b.count;
    a.ltvLast = b.ltvLast;
    a.netEquityText = b.netEquityText;
    a.liabilityText = b.liabilityText;
    a.netEquityLast = b.netEquityLast;
    a.liabilityLast = b.liabilityLast;
}

HistorySeries::Bucket bucketFrom(const QSqlQuery &q) {
    HistorySeries::Bucket b;
    b.ltvMin = q.value(1).toDouble();
    b.ltvMax = q.value(2).toDouble();
    b.firstMs = q.value(3).toLongLong();
    b.lastMs = q.value(4).toLongLong();
    b.endMs = q.value(5).toLongLong();
    b.count = q.value(6).toLongLong();
    b.ltvFirst = q.value(7).toDouble();
    b.ltvLast = q.value(8).toDouble();
    b.netEquityText = q.value(9).toString();
    b.liabilityText = q.value(10).toString();
    b.netEquityLast = decimal(q.value(9)).toDouble();
    b.liabilityLast = decimal(q.value(10)).toDouble();
    return b;
}

} // namespace

HistorySeries HistoryDatabase::series(qint64 groupId, qint64 fromMs, qint64 toMs,
                                      int buckets) const {
    HistorySeries out;
    out.groupId = groupId;
    if (fromMs == std::numeric_limits<qint64>::min())
        fromMs = firstSampleMs(groupId).value_or(toMs);
    out.fromMs = fromMs;
    out.toMs = toMs;
    const qint64 span = toMs - fromMs;
    if (!m_open || span <= 0)
        return out;
    qint64 count = std::clamp<qint64>(buckets, 1, MaxBuckets);
    // A bucket a little narrower than a rollup step would have every sample in the range read
    // and aggregated again: a live 24 h chart 1,600 px wide asks for 54 s buckets, 17,280
    // samples a unit, every minute. Up to half a step narrower, the step's own width is served
    // instead (at most half the buckets asked, still about one per pixel pair).
    for (const qint64 r : HistoryRollups::Resolutions) {
        if (span / count < r && 2 * (span / count) >= r)
            count = std::max<qint64>(1, span / r);
    }
    const Grid grid{fromMs, count, span};
    QList<qint64> keys;
    // The coarsest rollup that still has a row per bucket serves the whole resolution steps
    // inside the range; the partial steps at either end come from the samples themselves.
    const qint64 res = HistoryRollups::resolutionFor(span / grid.buckets);
    const qint64 a = res ? HistoryRollups::ceilTo(fromMs, res) : toMs;
    const qint64 b = res ? HistoryRollups::floorTo(toMs, res) : toMs;
    bool ok = true;
    if (res && a < b) {
        out.resolutionMs = res;
        ok = rawBuckets(groupId, grid, fromMs, a, out, keys) &&
             rollupBuckets(groupId, grid, res, a, b, out, keys) &&
             rawBuckets(groupId, grid, b, toMs, out, keys);
    } else {
        ok = rawBuckets(groupId, grid, fromMs, toMs, out, keys);
    }
    if (!ok)
        return out;
    out.events = events(groupId, fromMs, toMs);
    out.gaps = gapsBetween(out);
    return out;
}

bool HistoryDatabase::rawBuckets(qint64 groupId, const Grid &grid, qint64 fromMs, qint64 toMs,
                                 HistorySeries &out, QList<qint64> &keys) const {
    if (toMs <= fromMs)
        return true;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // Aggregate per bucket over the covering index, then fetch first/last values of each bucket
    // by index lookups: ~4 lookups per bucket instead of reading every row's amounts.
    q.prepare(QStringLiteral(
        "SELECT b.bucket, b.lo, b.hi, b.t0, b.t1, b.tend, b.n,"
        " (SELECT s.ltv_r FROM samples s WHERE s.group_id = ? AND s.fetched_ms = b.t0"
        "  ORDER BY s.id LIMIT 1),"
        " (SELECT s.ltv_r FROM samples s WHERE s.group_id = ? AND s.fetched_ms = b.t1"
        "  ORDER BY s.id DESC LIMIT 1),"
        " (SELECT s.net_equity FROM samples s WHERE s.group_id = ? AND s.fetched_ms = b.t1"
        "  ORDER BY s.id DESC LIMIT 1),"
        " (SELECT s.liability FROM samples s WHERE s.group_id = ? AND s.fetched_ms = b.t1"
        "  ORDER BY s.id DESC LIMIT 1)"
        " FROM (SELECT (fetched_ms - ?) * ? / ? AS bucket, MIN(ltv_r) AS lo, MAX(ltv_r) AS hi,"
        "  MIN(fetched_ms) AS t0, MAX(fetched_ms) AS t1, MAX(until_ms) AS tend, COUNT(*) AS n"
        "  FROM samples WHERE group_id = ? AND fetched_ms >= ? AND fetched_ms < ?"
        "  GROUP BY 1) b ORDER BY b.bucket"));
    for (const qint64 v : {groupId, groupId, groupId, groupId, grid.fromMs, grid.buckets, grid.span,
                           groupId, fromMs, toMs})
        q.addBindValue(v);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return false;
    }
    while (q.next())
        addBucket(out, keys, q.value(0).toLongLong(), bucketFrom(q));
    return true;
}

bool HistoryDatabase::rollupBuckets(qint64 groupId, const Grid &grid, qint64 res, qint64 fromMs,
                                    qint64 toMs, HistorySeries &out, QList<qint64> &keys) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // A rollup row belongs to the bucket of its first sample; with res ≤ bucket width a spike
    // can move at most into the neighbouring column, never disappear.
    q.prepare(QStringLiteral(
        "SELECT b.bucket, b.lo, b.hi, b.t0, b.t1, b.tend, b.n, f.ltv_first, l.ltv_last,"
        " l.equity_text, l.liability_text"
        " FROM (SELECT (first_ms - ?) * ? / ? AS bucket, MIN(ltv_min) AS lo,"
        "  MAX(ltv_max) AS hi, MIN(first_ms) AS t0, MAX(last_ms) AS t1, MAX(end_ms) AS tend,"
        "  SUM(n) AS n, MIN(bucket_ms) AS k0, MAX(bucket_ms) AS k1 FROM rollups"
        "  WHERE group_id = ? AND res_ms = ? AND bucket_ms >= ? AND bucket_ms < ?"
        "  GROUP BY 1) b"
        " JOIN rollups f ON f.group_id = ? AND f.res_ms = ? AND f.bucket_ms = b.k0"
        " JOIN rollups l ON l.group_id = ? AND l.res_ms = ? AND l.bucket_ms = b.k1"
        " ORDER BY b.bucket"));
    for (const qint64 v : {grid.fromMs, grid.buckets, grid.span, groupId, res, fromMs, toMs,
                           groupId, res, groupId, res})
        q.addBindValue(v);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return false;
    }
    while (q.next())
        addBucket(out, keys, q.value(0).toLongLong(), bucketFrom(q));
    return true;
}

QList<HistorySeries::Gap> HistoryDatabase::gapsBetween(const HistorySeries &series) const {
    QList<HistorySeries::Gap> gaps;
    // Gaps seen while recording (exact, even inside one bucket)…
    for (const HistoryEvent &e : series.events) {
        if (e.kind == HistoryEvent::Kind::Gap)
            gaps.append({e.timeMs, e.endMs});
    }
    // …and silences between buckets, which also covers data written by other tools.
    for (qsizetype i = 1; i < series.buckets.size(); ++i) {
        const auto &a = series.buckets.at(i - 1);
        const auto &b = series.buckets.at(i);
        if (b.firstMs - a.endMs > m_gapMs)
            gaps.append({a.endMs, b.firstMs});
    }
    if (!series.buckets.isEmpty()) {
        // Before the range's first sample, if older data exists and ends long before it.
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("SELECT until_ms FROM samples WHERE group_id = ? AND"
                                 " fetched_ms < ? ORDER BY fetched_ms DESC LIMIT 1"));
        q.addBindValue(series.groupId);
        q.addBindValue(series.fromMs);
        if (q.exec() && q.next()) {
            const qint64 prevEnd = q.value(0).toLongLong();
            if (series.buckets.first().firstMs - prevEnd > m_gapMs)
                gaps.append({prevEnd, series.buckets.first().firstMs});
        }
        // After the last sample: the range runs on (usually to "now") with nothing recorded.
        const qint64 lastEnd = series.buckets.last().endMs;
        if (series.toMs - lastEnd > m_gapMs)
            gaps.append({lastEnd, series.toMs});
    }
    return merged(gaps, series.fromMs, series.toMs);
}

QList<HistoryEvent> HistoryDatabase::events(qint64 groupId, qint64 fromMs, qint64 toMs) const {
    QList<HistoryEvent> out;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT time_ms, end_ms, kind, detail FROM events WHERE"
                             " group_id = ? AND time_ms < ? AND end_ms >= ?"
                             " ORDER BY time_ms, id"));
    q.addBindValue(groupId);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto kind = HistoryEvent::kindFromKey(q.value(2).toString());
        if (!kind)
            continue; // written by a newer LoanDesk sharing the team database
        out.append({groupId, q.value(0).toLongLong(), q.value(1).toLongLong(), *kind,
                    q.value(3).toString()});
    }
    return out;
}

QList<HistorySample> HistoryDatabase::samples(qint64 groupId, qint64 fromMs, qint64 toMs) const {
    QList<HistorySample> out;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, fetched_ms, until_ms, exchange_ms, ltv, ltv_computed,"
                             " net_equity, maint_margin, liability FROM samples WHERE"
                             " group_id = ? AND fetched_ms >= ? AND fetched_ms < ?"
                             " ORDER BY fetched_ms, id"));
    q.addBindValue(groupId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        HistorySample s;
        s.groupId = groupId;
        s.fetchedMs = q.value(1).toLongLong();
        s.untilMs = q.value(2).toLongLong();
        s.exchangeMs = q.value(3).toLongLong();
        s.ltvReported = decimal(q.value(4));
        if (!q.value(5).isNull())
            s.ltvComputed = decimal(q.value(5));
        s.netEquity = decimal(q.value(6));
        s.maintenanceMargin = decimal(q.value(7));
        s.liability = decimal(q.value(8));
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(s);
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT m.sample_id, m.email, m.role, m.wallet, m.net_equity,"
                             " m.maint_margin FROM sample_members m JOIN samples s ON"
                             " s.id = m.sample_id WHERE s.group_id = ? AND s.fetched_ms >= ?"
                             " AND s.fetched_ms < ? ORDER BY m.sample_id, m.position"));
    q.addBindValue(groupId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return out;
    while (q.next()) {
        const qsizetype at = index.value(q.value(0).toLongLong(), -1);
        if (at >= 0)
            out[at].members.append({q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), decimal(q.value(4)),
                                    decimal(q.value(5))});
    }
    return out;
}

bool HistoryDatabase::exportCsv(qint64 groupId, qint64 fromMs, qint64 toMs, QIODevice *out,
                                QString *error) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true); // streams: a year of history never sits in memory
    q.prepare(QStringLiteral("SELECT fetched_ms, until_ms, exchange_ms, ltv, ltv_computed,"
                             " net_equity, maint_margin, liability FROM samples WHERE"
                             " group_id = ? AND fetched_ms >= ? AND fetched_ms < ?"
                             " ORDER BY fetched_ms, id"));
    q.addBindValue(groupId);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QByteArray chunk = "group_id,fetched_at,same_until,exchange_time,ltv_reported,ltv_computed,"
                       "net_equity,maintenance_margin,liability\n";
    const QByteArray group = QByteArray::number(groupId);
    while (q.next()) {
        // Every field is a number or an ISO time, so none needs quoting.
        chunk += group + ',' + isoUtc(q.value(0).toLongLong()).toUtf8() + ',' +
                 isoUtc(q.value(1).toLongLong()).toUtf8() + ',' +
                 isoUtc(q.value(2).toLongLong()).toUtf8();
        for (int c = 3; c <= 7; ++c)
            chunk += ',' + q.value(c).toString().toUtf8();
        chunk += '\n';
        if (chunk.size() > 1 << 16) {
            if (out->write(chunk) != chunk.size())
                break;
            chunk.clear();
        }
    }
    if (out->write(chunk) != chunk.size()) {
        if (error)
            *error = out->errorString();
        return false;
    }
    return true;
}

} // namespace loandesk
