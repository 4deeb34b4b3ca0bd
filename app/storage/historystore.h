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

    void append(const HistorySample &sample);
    // One poll's samples, one per unit, written in one transaction.
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
    void sampleStored(qint64 groupId, qint64 fetchedMs);

private:
    // Runs `query` on the worker unless cancelled by then; delivers the tuple it returns to
    // `completion` on this thread.
    template <typename Query, typename... Args>
    Pending ask(Completion<Args...> completion, Query query);

    QThread m_thread;
    HistoryWorker *m_worker;
    StorageStatus m_status;
};

} // namespace loandesk
