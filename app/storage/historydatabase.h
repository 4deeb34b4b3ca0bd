#pragma once

#include "historyevent.h"
#include "historymemberseries.h"
#include "historysample.h"
#include "historyseries.h"
#include "historytriggersample.h"
#include "storagelocation.h"
#include "storagestatus.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

class QIODevice;

namespace loandesk {

// The history database itself, synchronous: one connection used by one thread (the
// HistoryStore's worker in the app, the test's own thread in tests). Same behaviour on SQLite
// and PostgreSQL; every write is idempotent so several desks may share a team database.
class HistoryDatabase {
public:
    enum class AppendResult { Inserted, Coalesced, Duplicate, Failed };

    static constexpr qint64 DefaultGapMs = 30'000; // six missed polls at the default 5 s

    explicit HistoryDatabase(const QString &connectionName);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // Opens (creating or upgrading as needed). SQLite files that cannot be read are moved aside
    // and a fresh one is started; a database from a newer LoanDesk is refused untouched.
    StorageStatus open(const StorageLocation &location);
    void close();
    bool isOpen() const { return m_open; }
    StorageLocation::Backend backend() const { return m_location.backend; }
    QSqlDatabase connection() const;

    // Samples closer than this count as continuous; a longer silence is a gap.
    void setGapMs(qint64 ms) { m_gapMs = ms; }
    qint64 gapMs() const { return m_gapMs; }

    AppendResult append(const HistorySample &sample, QString *error = nullptr);
    // One poll's samples (one per unit) in one transaction: all are stored, or none and every
    // result is Failed.
    QList<AppendResult> append(const QList<HistorySample> &samples, QString *error = nullptr);
    bool recordEvent(const HistoryEvent &event, QString *error = nullptr);
    // Stores trigger samples (idempotent: a unit's asset at a time is stored once).
    bool appendTriggers(const QList<HistoryTriggerSample> &triggers, QString *error = nullptr);
    // Stores samples of one unit recorded elsewhere (another database's outage cache, demo
    // mode's simulated past), oldest first, in one transaction; rollups refreshed once. Samples
    // already stored only extend their coverage.
    bool importSamples(qint64 groupId, const QList<HistorySample> &samples, QString *error);
    // The retention setting: deletes samples fetched before `beforeMs` with their rollups, and
    // gap/clock events that ended before it; borrow, repay, liquidation and band events stay.
    // Returns the samples removed, -1 on failure.
    qint64 prune(qint64 beforeMs, QString *error = nullptr);

    // Team mode's local cache: startOutbox() marks where the outage began (kept across
    // restarts, a second call keeps the first mark); uploadOutbox() copies every sample and
    // event recorded since into `team` (idempotent: already stored reports are skipped) and
    // clears the mark. Returns the samples copied, -1 on failure (the mark stays).
    bool startOutbox(QString *error = nullptr);
    bool hasOutbox() const;
    qint64 uploadOutbox(HistoryDatabase &team, QString *error = nullptr);
    QList<qint64> groupIds() const;

    // Decimated LTV of one unit, computed in SQL. fromMs == INT64_MIN starts at its first sample.
    HistorySeries series(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets) const;
    QList<HistoryEvent> events(qint64 groupId, qint64 fromMs, qint64 toMs) const;
    // Trigger prices of one unit in [fromMs, toMs), the last sample per asset in each of
    // `buckets` equal slices. fromMs == INT64_MIN starts at its first trigger sample.
    HistoryTriggerSeries triggerSeries(qint64 groupId, qint64 fromMs, qint64 toMs,
                                       int buckets) const;
    // Per-member net equity of one unit, decimated like series().
    HistoryMemberSeries memberSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets) const;
    // Time of the newest stored event of these kinds: where reading the exchange's records
    // resumes after a restart.
    std::optional<qint64> lastEventMs(qint64 groupId, const QList<HistoryEvent::Kind> &kinds) const;
    // Every stored sample (with members) in fetch-time order; for export and tests.
    QList<HistorySample> samples(qint64 groupId, qint64 fromMs, qint64 toMs) const;
    qint64 sampleCount(qint64 groupId) const;
    std::optional<qint64> firstSampleMs(qint64 groupId) const;
    // UTF-8 CSV of [fromMs, toMs): exact amounts, ISO-8601 UTC times with Z.
    bool exportCsv(qint64 groupId, qint64 fromMs, qint64 toMs, QIODevice *out,
                   QString *error = nullptr) const;

private:
    struct Last {
        qint64 id = 0;
        qint64 fetchedMs = 0;
        qint64 untilMs = 0;
        QByteArray digest;
    };

    StorageStatus openSqlite();
    StorageStatus openPostgres();
    StorageStatus migrate(StorageStatus status);
    // Empty when the file reads back cleanly; `busy` when a lock, not damage, stopped a read.
    QString sqliteProblem(bool *busy);
    bool connectSqlite(QString *error);
    std::optional<Last> lastSample(qint64 groupId);
    std::optional<qint64> insertSample(const HistorySample &sample, const QByteArray &digest,
                                       QString *error);
    // Moves a stored sample's run end forward (never back) to `untilMs`.
    bool extendSample(qint64 id, qint64 untilMs, QString *error);
    // Within append()'s transaction; `written` holds each unit's samples written before it.
    AppendResult writeSample(const HistorySample &sample, QHash<qint64, Last> &written,
                             QString *error);
    QString insertVerb() const; // INSERT OR IGNORE / INSERT (… ON CONFLICT DO NOTHING)
    QString ignoreSuffix() const;
    QList<HistorySeries::Gap> gapsBetween(const HistorySeries &series) const;
    // The bucket grid of a series() call: `buckets` columns over [fromMs, fromMs + span).
    struct Grid {
        qint64 fromMs, buckets, span;
    };
    bool rawBuckets(qint64 groupId, const Grid &grid, qint64 fromMs, qint64 toMs,
                    HistorySeries &out, QList<qint64> &keys) const;
    bool rollupBuckets(qint64 groupId, const Grid &grid, qint64 res, qint64 fromMs, qint64 toMs,
                       HistorySeries &out, QList<qint64> &keys) const;
    // Within a write transaction: serialises writers of one unit across desks (PostgreSQL), so
    // the rollups they recompute see each other's samples.
    bool lockUnit(qint64 groupId, QString *error);
    bool insertMembers(qint64 sampleId, const HistorySample &sample, QString *error);
    bool refreshRollups(qint64 groupId, qint64 fromMs, qint64 toMs, bool clear, QString *error);
    // Folds a sample just inserted into its rollup buckets (HistoryRollups::addSql).
    bool addToRollups(const HistorySample &s, QString *error);
    // A statement prepared once per connection: every poll refreshes rollups, and parsing their
    // SQL each time would cost more than running it.
    QSqlQuery &prepared(const QString &sql, QString *error);

    QString m_name;
    StorageLocation m_location;
    bool m_open = false;
    qint64 m_gapMs = DefaultGapMs;
    QHash<qint64, Last> m_last;
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace loandesk
