#pragma once

#include "historyevent.h"
#include "historymemberseries.h"
#include "historysample.h"
#include "historyseries.h"
#include "storagelocation.h"
#include "storagestatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <optional>

namespace loandesk {

class HistoryDatabase;
class HistoryWorker;

// LoanDesk's own LTV history (the exchange keeps none): the GUI thread's handle on a worker
// thread that owns the database. Writes are posted and never block; queries deliver exactly one
// result to a callback on the GUI thread, dropped if `context` is gone by then.
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
    void recordEvent(const HistoryEvent &event);
    // Days of samples kept in a local file, 0 keeps everything (the default); applied now and
    // hourly on the worker. A team database is left alone: it is not one desk's to trim.
    void setRetentionDays(int days);
    // How often a team database that is down is tried again (default one minute).
    void setTeamRetryMs(int ms);
    void setGapMs(qint64 ms);

    void requestSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets, QObject *context,
                       std::function<void(const HistorySeries &)> done);
    void requestMemberSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                             QObject *context,
                             std::function<void(const HistoryMemberSeries &)> done);
    // The newest stored event of these kinds (none when there is none or the store is closed).
    void requestLastEventMs(qint64 groupId, const QList<HistoryEvent::Kind> &kinds,
                            QObject *context, std::function<void(std::optional<qint64>)> done);
    void exportCsv(qint64 groupId, qint64 fromMs, qint64 toMs, const QString &path,
                   QObject *context, std::function<void(bool ok, const QString &error)> done);
    // Calls `done` once every write posted before it has been applied.
    void flush(QObject *context, std::function<void()> done);

Q_SIGNALS:
    void statusChanged(const loandesk::StorageStatus &status);
    void sampleStored(qint64 groupId, qint64 fetchedMs);

private:
    // Runs `job` on the worker; the closure it returns runs on this thread if `context` lives.
    using Job = std::function<std::function<void()>(HistoryDatabase &)>;
    void post(QObject *context, Job job);

    QThread m_thread;
    HistoryWorker *m_worker;
    StorageStatus m_status;
    QHash<quint64, QPointer<QObject>> m_contexts;
    quint64 m_nextId = 0;
};

} // namespace loandesk
