#include "historystore.h"

#include "historyworker.h"

#include "async/completion.h"

#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <tuple>
#include <utility>

namespace loandesk {

namespace {
std::atomic<int> g_storeCount{0}; // gives every store its own connection name
}

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , m_worker(new HistoryWorker(QStringLiteral("history-%1").arg(++g_storeCount))) {
    m_thread.setObjectName(QStringLiteral("HistoryStore"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &HistoryWorker::statusChanged, this, [this](const StorageStatus &s) {
        m_status = s;
        Q_EMIT statusChanged(s);
    });
    connect(m_worker, &HistoryWorker::sampleStored, this, &HistoryStore::sampleStored);
    m_writeBehind.setSingleShot(true);
    m_writeBehind.setInterval(DefaultWriteBehindMs);
    connect(&m_writeBehind, &QTimer::timeout, this, &HistoryStore::commitPending);
    m_thread.start();
}

HistoryStore::~HistoryStore() {
    commitPending();
    // Posted events run in order, so this blocking call returns after every earlier write.
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString HistoryStore::defaultPath(const QString &profile) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + (profile.isEmpty() ? QStringLiteral("/history.sqlite")
                                    : QStringLiteral("/history-%1.sqlite").arg(profile));
}

QString HistoryStore::demoPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo/history.sqlite");
}

template <typename Work> void HistoryStore::post(Work work) {
    commitPending();
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, work = std::move(work)] { work(*worker); }, Qt::QueuedConnection);
}

void HistoryStore::open(const StorageLocation &location, const QString &cachePath) {
    post([location, cachePath](HistoryWorker &w) { w.open(location, cachePath); });
}

void HistoryStore::setWriteBehindMs(int ms) {
    m_writeBehind.setInterval(std::max(ms, 0));
    if (m_writeBehind.isActive())
        m_writeBehind.start();
}

void HistoryStore::append(const HistorySample &sample) {
    append(QList<HistorySample>{sample});
}

void HistoryStore::append(const QList<HistorySample> &samples) {
    if (samples.isEmpty())
        return;
    m_pendingSamples.append(samples);
    if (!m_writeBehind.isActive())
        m_writeBehind.start();
    for (const HistorySample &s : samples)
        Q_EMIT sampleAdded(s.groupId, s.fetchedMs);
}

void HistoryStore::commitPending() {
    m_writeBehind.stop();
    if (m_pendingSamples.isEmpty() && m_pendingTriggers.isEmpty())
        return;
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, samples = std::exchange(m_pendingSamples, {}),
         triggers = std::exchange(m_pendingTriggers, {})] {
            worker->append(samples);
            // After the samples they belong to.
            if (!triggers.isEmpty())
                worker->appendTriggers(triggers);
        },
        Qt::QueuedConnection);
}

void HistoryStore::recordEvent(const HistoryEvent &event) {
    post([event](HistoryWorker &w) { w.recordEvent(event); });
}

void HistoryStore::appendTriggers(const QList<HistoryTriggerSample> &triggers) {
    if (triggers.isEmpty())
        return;
    m_pendingTriggers.append(triggers);
    if (!m_writeBehind.isActive())
        m_writeBehind.start();
}

void HistoryStore::importPast(const QList<HistorySample> &samples,
                              const QList<HistoryEvent> &events) {
    post([samples, events](HistoryWorker &w) { w.importPast(samples, events); });
}

void HistoryStore::setRetentionDays(int days) {
    post([days](HistoryWorker &w) { w.setRetentionDays(days); });
}

void HistoryStore::setTeamRetryMs(int ms) {
    post([ms](HistoryWorker &w) { w.setTeamRetryMs(ms); });
}

void HistoryStore::setGapMs(qint64 ms) {
    post([ms](HistoryWorker &w) { w.database().setGapMs(ms); });
}

template <typename Query, typename... Args>
Pending HistoryStore::ask(Completion<Args...> completion, Query query) {
    // Posted after the write-behind batch: a read sees every sample handed over before it.
    post([this, completion, query](HistoryWorker &w) {
        if (completion.isCancelled())
            return; // nobody would see the answer
        auto values = query(w.database());
        QMetaObject::invokeMethod(
            this,
            [completion, values = std::move(values)] {
                std::apply([&](const auto &...v) { completion.deliver(v...); }, values);
            },
            Qt::QueuedConnection);
    });
    return completion.pending();
}

Pending HistoryStore::requestSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                                    QObject *context,
                                    std::function<void(const HistorySeries &)> done) {
    return ask(Completion<const HistorySeries &>(context, std::move(done)),
               [=](HistoryDatabase &db) {
                   return std::make_tuple(db.series(groupId, fromMs, toMs, buckets));
               });
}

Pending HistoryStore::requestMemberSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                                          QObject *context,
                                          std::function<void(const HistoryMemberSeries &)> done) {
    return ask(Completion<const HistoryMemberSeries &>(context, std::move(done)),
               [=](HistoryDatabase &db) {
                   return std::make_tuple(db.memberSeries(groupId, fromMs, toMs, buckets));
               });
}

Pending HistoryStore::requestTriggerSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                                           QObject *context,
                                           std::function<void(const HistoryTriggerSeries &)> done) {
    return ask(Completion<const HistoryTriggerSeries &>(context, std::move(done)),
               [=](HistoryDatabase &db) {
                   return std::make_tuple(db.triggerSeries(groupId, fromMs, toMs, buckets));
               });
}

Pending HistoryStore::requestLastEventMs(qint64 groupId, const QList<HistoryEvent::Kind> &kinds,
                                         QObject *context,
                                         std::function<void(std::optional<qint64>)> done) {
    return ask(
        Completion<std::optional<qint64>>(context, std::move(done)),
        [=](HistoryDatabase &db) { return std::make_tuple(db.lastEventMs(groupId, kinds)); });
}

Pending HistoryStore::exportCsv(qint64 groupId, qint64 fromMs, qint64 toMs, const QString &path,
                                QObject *context,
                                std::function<void(bool ok, const QString &error)> done) {
    return ask(Completion<bool, const QString &>(context, std::move(done)),
               [=](HistoryDatabase &db) {
                   QString error;
                   QSaveFile file(path); // a failed export never leaves half a file behind
                   bool ok = file.open(QIODevice::WriteOnly);
                   if (!ok)
                       error = file.errorString();
                   ok = ok && db.exportCsv(groupId, fromMs, toMs, &file, &error);
                   ok = ok && file.commit();
                   if (!ok && error.isEmpty())
                       error = file.errorString();
                   return std::make_tuple(ok, error);
               });
}

Pending HistoryStore::flush(QObject *context, std::function<void()> done) {
    return ask(Completion<>(context, std::move(done)),
               [](HistoryDatabase &) { return std::tuple<>(); });
}

} // namespace loandesk
