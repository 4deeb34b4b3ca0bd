#include "historyworker.h"

#include <QDateTime>

namespace loandesk {

HistoryWorker::HistoryWorker(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_db(connectionName)
    , m_retry(this)
    , m_retention(this) {
    m_retry.setInterval(TeamRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &HistoryWorker::retryTeam);
    m_retention.setInterval(60 * 60 * 1000);
    connect(&m_retention, &QTimer::timeout, this, &HistoryWorker::applyRetention);
}

void HistoryWorker::setStatus(const StorageStatus &status) {
    m_status = status;
    Q_EMIT statusChanged(status);
}

void HistoryWorker::open(const StorageLocation &location, const QString &cachePath) {
    m_location = location;
    m_cachePath = cachePath;
    const StorageStatus status = m_db.open(location);
    if (!status.isRecording() && location.backend == StorageLocation::Backend::Postgres &&
        !cachePath.isEmpty()) {
        openCache(status.detail);
        return;
    }
    setStatus(status);
    applyRetention();
}

void HistoryWorker::openCache(const QString &why) {
    StorageStatus cache = m_db.open(StorageLocation::sqlite(m_cachePath));
    if (cache.isRecording()) {
        cache.kind = StorageStatus::Kind::TeamUnavailable;
        cache.detail = why;
        m_retry.start();
    }
    setStatus(cache);
}

void HistoryWorker::retryTeam() {
    HistoryDatabase probe(QStringLiteral("probe-") + QString::number(quintptr(this)));
    if (!probe.open(m_location).isRecording())
        return;
    probe.close();
    m_retry.stop();
    // Samples kept in the cache meanwhile stay there; the team database resumes from now.
    setStatus(m_db.open(m_location));
}

void HistoryWorker::close() {
    m_retry.stop();
    m_retention.stop();
    m_db.close();
}

void HistoryWorker::append(const HistorySample &sample) {
    if (!m_db.isOpen())
        return;
    QString error;
    HistoryDatabase::AppendResult result = m_db.append(sample, &error);
    if (result == HistoryDatabase::AppendResult::Failed) {
        if (m_db.backend() == StorageLocation::Backend::Postgres && !m_cachePath.isEmpty()) {
            openCache(error);
            if (m_db.isOpen())
                result = m_db.append(sample, &error);
        } else {
            // Reopening moves a damaged file aside; then the sample is tried once more.
            StorageStatus reopened = m_db.open(m_location);
            if (m_db.isOpen())
                result = m_db.append(sample, &error);
            if (result == HistoryDatabase::AppendResult::Failed && reopened.isRecording()) {
                reopened.kind = StorageStatus::Kind::WriteFailed;
                reopened.detail = error;
            }
            setStatus(reopened);
        }
    }
    if (result != HistoryDatabase::AppendResult::Failed)
        Q_EMIT sampleStored(sample.groupId, sample.fetchedMs);
}

void HistoryWorker::recordEvent(const HistoryEvent &event) {
    if (m_db.isOpen())
        m_db.recordEvent(event);
}

void HistoryWorker::setRetentionDays(int days) {
    m_retentionDays = std::max(0, days);
    applyRetention();
}

void HistoryWorker::applyRetention() {
    if (m_retentionDays <= 0 || !m_db.isOpen()) {
        m_retention.stop();
        return;
    }
    m_retention.start();
    const qint64 cutoff =
        QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * 86'400'000;
    m_db.prune(cutoff);
}

} // namespace loandesk
