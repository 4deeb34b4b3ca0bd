#pragma once

#include "historydatabase.h"

#include <QObject>
#include <QTimer>

namespace loandesk {

// Owns the history database connection on the HistoryStore's worker thread: every write and
// query runs here, never on the GUI thread. Falls back to a local SQLite cache when the team
// database is unreachable, keeps retrying the team database, and once it answers copies what
// the cache recorded meanwhile up to it before recording there again.
class HistoryWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWorker)

public:
    static constexpr int TeamRetryMs = 60'000;

    explicit HistoryWorker(const QString &connectionName, QObject *parent = nullptr);

    HistoryDatabase &database() { return m_db; }
    StorageStatus status() const { return m_status; }

    void open(const StorageLocation &location, const QString &cachePath);
    void close();
    void append(const HistorySample &sample);
    void append(const QList<HistorySample> &samples); // one transaction
    void recordEvent(const HistoryEvent &event);
    void appendTriggers(const QList<HistoryTriggerSample> &triggers);
    void importPast(const QList<HistorySample> &samples, const QList<HistoryEvent> &events);
    void setRetentionDays(int days);
    void setTeamRetryMs(int ms) { m_retry.setInterval(ms); }

Q_SIGNALS:
    void statusChanged(const loandesk::StorageStatus &status);
    void sampleStored(qint64 groupId, qint64 fetchedMs);

private:
    void setStatus(const StorageStatus &status);
    void openCache(const QString &why);
    void retryTeam();
    void applyRetention();
    // Copies a cache's pending outage samples into the open team database.
    void uploadCache();

    HistoryDatabase m_db;
    StorageLocation m_location;
    QString m_cachePath;
    StorageStatus m_status;
    QTimer m_retry;
    QTimer m_retention;
    int m_retentionDays = 0;
};

} // namespace loandesk
