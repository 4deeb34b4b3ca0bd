#pragma once

#include "storagelocation.h"

#include <QSqlDatabase>
#include <QStringList>

#include <array>

namespace loandesk {

// Pre-aggregated history: per unit and per minute, ten minutes and hour, the count, first/last
// times and min/max/first/last of LTV, net equity and liability. Each level is a pure function
// of the level below (minutes of the samples), so refreshing a bucket is idempotent and two
// desks writing the same unit converge. Plain functions on the caller's connection and thread.
class HistoryRollups {
public:
    using Backend = StorageLocation::Backend;

    static constexpr std::array<qint64, 3> Resolutions{60'000, 600'000, 3'600'000};

    // Schema of migration 3: the table, then a back-fill from every stored sample.
    static QStringList createStatements(Backend backend);
    static QStringList backfillStatements(Backend backend);

    // Recomputes every bucket of `groupId` that overlaps [fromMs, toMs) at every level. `clear`
    // first deletes those buckets (after samples were deleted, a bucket may have become empty).
    static bool refresh(QSqlDatabase &db, Backend backend, qint64 groupId, qint64 fromMs,
                        qint64 toMs, bool clear, QString *error = nullptr);

    // The refresh of one level as a statement to prepare once: binds group id and the
    // level's aligned [from, to) (see refresh()).
    static QString refreshSql(int level);
    // A newly stored sample folded into the three buckets holding it, without reading anything:
    // count + 1, min/max widened, first/last replaced when the sample is earlier/later (a later
    // one also has the larger id, as the recompute's tie-break wants). Gives the same rows as
    // refresh() for a sample that is new to the database (not for one another desk stored:
    // those are refreshed). Binds, per resolution in order, the 21 values of Columns for a
    // bucket holding only this sample: group id, res, bucket, fetched, fetched, until, 1, the
    // LTV four times, the equity four times, the liability four times, and the two texts.
    static QString addSql(Backend backend);
    // After a coalesced poll only the run's coverage grows: raises end_ms of the three buckets
    // holding `fetchedMs`. Binds end, group id, the three bucket starts, end.
    static QString extendSql();

    // The coarsest resolution that still gives at least one rollup row per bucket of
    // `bucketMs`; 0 when only raw samples are fine enough.
    static qint64 resolutionFor(qint64 bucketMs);

    static qint64 floorTo(qint64 ms, qint64 step) { return ms - ((ms % step) + step) % step; }
    static qint64 ceilTo(qint64 ms, qint64 step) {
        const qint64 f = floorTo(ms, step);
        return f == ms ? ms : f + step;
    }

private:
    // INSERT … SELECT of level `level` for the rows matching `filter` (a WHERE condition on
    // samples for level 0, on the level below's rollups otherwise), replacing existing buckets.
    static QString levelSql(int level, const QString &filter);
};

} // namespace loandesk
