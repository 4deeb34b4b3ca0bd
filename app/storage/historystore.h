#pragma once

#include "historyevent.h"
#include "historymemberseries.h"
#include "historysample.h"
#include "historyseries.h"
#include "historytriggersample.h"
#include "storagelocation.h"
#include "storagestatus.h"

#include "async/pending.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

namespace loandesk {

class HistoryDatabase;
class HistoryWorker;
template <typename... Args> class Completion;

// LoanDesk's own LTV history (the exchange keeps none): the GUI thread's handle on a worker
// thread that owns the database. Writes are posted and never block; queries follow the async
// rule (async/completion.h): one result to a callback on the GUI thread, never after `context`
// died or the returned Pending was cancelled (a query cancelled before it runs is skipped).
//
// Samples and trigger prices are written behind: kept here and committed together at most
// writeBehindMs() after the first of them, and at once before anything else is posted (a
// query, an event, a flush, closing). So every read through this store sees every sample, and
// an event (a band crossing, a borrow) is committed with the samples before it. A transaction
// per poll cost the history thread more than signing, sending and parsing the poll (mostly the
// cold caches of each commit); one per 30 s costs about a third of that per poll. A crash (not
// a quit) loses at most that many seconds of samples, which the next start records as a gap.
class HistoryStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override; // finishes every posted write before returning

    // AppDataLocation/history.sqlite, or history-<profile>.sqlite to keep e.g. demo data apart.
    static QString defaultPath(const QString &profile = {});
    // AppDataLocation/demo/history.sqlite: demo mode's own file, apart from every real desk's.
    static QString demoPath();

    // `cachePath`: the local SQLite file used while a team (PostgreSQL) database is down.
    void open(const StorageLocation &location, const QString &cachePath = {});
    StorageStatus status() const { return m_status; }

    static constexpr int DefaultWriteBehindMs = 30'000;
    int writeBehindMs() const { return m_writeBehind.interval(); }
    void setWriteBehindMs(int ms);

    void append(const HistorySample &sample);
    // One poll's samples, one per unit; committed with the rest of the write-behind batch.
    void append(const QList<HistorySample> &samples);
    void recordEvent(const HistoryEvent &event);
    void appendTriggers(const QList<HistoryTriggerSample> &triggers);
    // Samples and events of a time before this desk recorded (demo mode's simulated month),
    // stored in one transaction per unit; post it before the first live sample.
    void importPast(const QList<HistorySample> &samples, const QList<HistoryEvent> &events);
    // Days of samples kept in a local file, 0 keeps everything (the default); applied now and
    // hourly on the worker. A team database is left alone: it is not one desk's to trim.
    void setRetentionDays(int days);
    // How often a team database that is down is tried again (default one minute).
    void setTeamRetryMs(int ms);
    void setGapMs(qint64 ms);

    Pending requestSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets, QObject *context,
                          std::function<void(const HistorySeries &)> done);
    Pending requestMemberSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                                QObject *context,
                                std::function<void(const HistoryMemberSeries &)> done);
    Pending requestTriggerSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                                 QObject *context,
                                 std::function<void(const HistoryTriggerSeries &)> done);
    // The newest stored event of these kinds (none when there is none or the store is closed).
    Pending requestLastEventMs(qint64 groupId, const QList<HistoryEvent::Kind> &kinds,
                               QObject *context, std::function<void(std::optional<qint64>)> done);
    Pending exportCsv(qint64 groupId, qint64 fromMs, qint64 toMs, const QString &path,
                      QObject *context, std::function<void(bool ok, const QString &error)> done);
    // Calls `done` once every write posted before it has been applied.
    Pending flush(QObject *context, std::function<void()> done);

Q_SIGNALS:
    void statusChanged(const loandesk::StorageStatus &status);
    // A sample was handed over: readable through this store at once.
    void sampleAdded(qint64 groupId, qint64 fetchedMs);
    // Committed to the database (per unit, the newest of a batch).
    void sampleStored(qint64 groupId, qint64 fetchedMs);

private:
    // Posts the write-behind batch to the worker.
    void commitPending();
    // Runs `work(HistoryWorker &)` on the worker thread, after the write-behind batch: every
    // call but appending samples goes through here, so the worker sees them in order.
    template <typename Work> void post(Work work);

    // Runs `query` on the worker unless cancelled by then; delivers the tuple it returns to
    // `completion` on this thread.
    template <typename Query, typename... Args>
    Pending ask(Completion<Args...> completion, Query query);

    QThread m_thread;
    HistoryWorker *m_worker;
    StorageStatus m_status;
    QList<HistorySample> m_pendingSamples;
    QList<HistoryTriggerSample> m_pendingTriggers;
    QTimer m_writeBehind;
};

} // namespace loandesk
