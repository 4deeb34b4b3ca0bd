#include "historystore.h"

#include "historyworker.h"

#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <atomic>

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
    m_thread.start();
}

HistoryStore::~HistoryStore() {
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

void HistoryStore::open(const StorageLocation &location, const QString &cachePath) {
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, location, cachePath] { worker->open(location, cachePath); },
        Qt::QueuedConnection);
}

void HistoryStore::append(const HistorySample &sample) {
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, sample] { worker->append(sample); }, Qt::QueuedConnection);
}

void HistoryStore::recordEvent(const HistoryEvent &event) {
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, event] { worker->recordEvent(event); }, Qt::QueuedConnection);
}

void HistoryStore::setRetentionDays(int days) {
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, days] { worker->setRetentionDays(days); }, Qt::QueuedConnection);
}

void HistoryStore::setTeamRetryMs(int ms) {
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, ms] { worker->setTeamRetryMs(ms); }, Qt::QueuedConnection);
}

void HistoryStore::setGapMs(qint64 ms) {
    post(this, [ms](HistoryDatabase &db) {
        db.setGapMs(ms);
        return std::function<void()>([] {});
    });
}

void HistoryStore::post(QObject *context, Job job) {
    const quint64 id = ++m_nextId;
    m_contexts.insert(id, context);
    HistoryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, id, job] {
            std::function<void()> deliver = job(worker->database());
            QMetaObject::invokeMethod(
                this,
                [this, id, deliver] {
                    const QPointer<QObject> context = m_contexts.take(id);
                    if (context)
                        deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HistoryStore::requestSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                                 QObject *context,
                                 std::function<void(const HistorySeries &)> done) {
    post(context, [=](HistoryDatabase &db) {
        const HistorySeries series = db.series(groupId, fromMs, toMs, buckets);
        return std::function<void()>([done, series] { done(series); });
    });
}

void HistoryStore::requestMemberSeries(qint64 groupId, qint64 fromMs, qint64 toMs, int buckets,
                                       QObject *context,
                                       std::function<void(const HistoryMemberSeries &)> done) {
    post(context, [=](HistoryDatabase &db) {
        const HistoryMemberSeries series = db.memberSeries(groupId, fromMs, toMs, buckets);
        return std::function<void()>([done, series] { done(series); });
    });
}

void HistoryStore::requestLastEventMs(qint64 groupId, const QList<HistoryEvent::Kind> &kinds,
                                      QObject *context,
                                      std::function<void(std::optional<qint64>)> done) {
    post(context, [=](HistoryDatabase &db) {
        const std::optional<qint64> last = db.lastEventMs(groupId, kinds);
        return std::function<void()>([done, last] { done(last); });
    });
}

void HistoryStore::exportCsv(qint64 groupId, qint64 fromMs, qint64 toMs, const QString &path,
                             QObject *context,
                             std::function<void(bool ok, const QString &error)> done) {
    post(context, [=](HistoryDatabase &db) {
        QString error;
        QSaveFile file(path); // a failed export never leaves half a file behind
        bool ok = file.open(QIODevice::WriteOnly);
        if (!ok)
            error = file.errorString();
        ok = ok && db.exportCsv(groupId, fromMs, toMs, &file, &error);
        ok = ok && file.commit();
        if (!ok && error.isEmpty())
            error = file.errorString();
        return std::function<void()>([done, ok, error] { done(ok, error); });
    });
}

void HistoryStore::flush(QObject *context, std::function<void()> done) {
    post(context, [done](HistoryDatabase &) { return done; });
}

} // namespace loandesk
