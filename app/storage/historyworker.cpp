#include "historyworker.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QMap>

#include <algorithm>

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
    if (status.isRecording() && location.backend == StorageLocation::Backend::Postgres)
        uploadCache(); // an outage may have ended while LoanDesk was not running
    applyRetention();
}

void HistoryWorker::uploadCache() {
    if (m_cachePath.isEmpty() || !QFile::exists(m_cachePath))
        return;
    HistoryDatabase cache(QStringLiteral("upload-") + QString::number(quintptr(this)));
    if (!cache.open(StorageLocation::sqlite(m_cachePath)).isRecording() || !cache.hasOutbox())
        return;
    QString error;
    if (cache.uploadOutbox(m_db, &error) < 0)
        qWarning("history: copying the local cache to the team database failed: %s",
                 qPrintable(error));
}

void HistoryWorker::openCache(const QString &why) {
    StorageStatus cache = m_db.open(StorageLocation::sqlite(m_cachePath));
    if (cache.isRecording()) {
        cache.kind = StorageStatus::Kind::TeamUnavailable;
        cache.detail = why;
        // Everything from here on is copied up when the team database answers again.
        m_db.startOutbox();
        m_retry.start();
    }
    setStatus(cache);
}

void HistoryWorker::retryTeam() {
    HistoryDatabase probe(QStringLiteral("probe-") + QString::number(quintptr(this)));
    if (!probe.open(m_location).isRecording())
        return;
    // Copy the outage up before recording resumes, so the team history has no hole (and no
    // false gap event) where this desk kept recording locally. On failure: try again later.
    QString error;
    if (m_db.uploadOutbox(probe, &error) < 0) {
        qWarning("history: copying the local cache to the team database failed: %s",
                 qPrintable(error));
        return;
    }
    probe.close();
    m_retry.stop();
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

void HistoryWorker::append(const QList<HistorySample> &samples) {
    if (!m_db.isOpen() || samples.isEmpty())
        return;
    if (samples.size() > 1) {
        const QList<HistoryDatabase::AppendResult> results = m_db.append(samples);
        if (!results.contains(HistoryDatabase::AppendResult::Failed)) {
            // One signal per unit, not per sample: a write-behind batch holds many polls.
            QHash<qint64, qint64> newest;
            for (const HistorySample &s : samples)
                newest[s.groupId] = std::max(newest.value(s.groupId, s.fetchedMs), s.fetchedMs);
            for (auto it = newest.cbegin(); it != newest.cend(); ++it)
                Q_EMIT sampleStored(it.key(), it.value());
            return;
        }
        // Nothing of the poll was stored: each sample takes the one-sample path and its
        // recovery (reopening a damaged file, the local cache when the team database is down).
    }
    for (const HistorySample &s : samples)
        append(s);
}

void HistoryWorker::recordEvent(const HistoryEvent &event) {
    if (m_db.isOpen())
        m_db.recordEvent(event);
}

void HistoryWorker::appendTriggers(const QList<HistoryTriggerSample> &triggers) {
    // Written after the sample they belong to (posted in that order); a failure here is the
    // sample's failure too and is reported when the next sample is appended.
    QString error;
    if (m_db.isOpen() && !m_db.appendTriggers(triggers, &error))
        qWarning("history: trigger prices not recorded: %s", qPrintable(error));
}

void HistoryWorker::importPast(const QList<HistorySample> &samples,
                               const QList<HistoryEvent> &events) {
    if (!m_db.isOpen())
        return;
    QMap<qint64, QList<HistorySample>> byUnit;
    for (const HistorySample &s : samples)
        byUnit[s.groupId].append(s);
    QString error;
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        if (!m_db.importSamples(it.key(), it.value(), &error)) {
            qWarning("history: the past could not be stored: %s", qPrintable(error));
            return;
        }
    }
    for (const HistoryEvent &e : events)
        m_db.recordEvent(e);
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
        Q_EMIT sampleStored(it.key(), it.value().constLast().fetchedMs);
}

void HistoryWorker::setRetentionDays(int days) {
    m_retentionDays = std::max(0, days);
    applyRetention();
}

void HistoryWorker::applyRetention() {
    // A shared team database is not one desk's to trim: retention applies to local files.
    if (m_retentionDays <= 0 || !m_db.isOpen() ||
        m_db.backend() != StorageLocation::Backend::Sqlite) {
        m_retention.stop();
        return;
    }
    m_retention.start();
    const qint64 cutoff =
        QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * 86'400'000;
    m_db.prune(cutoff);
}

} // namespace loandesk
