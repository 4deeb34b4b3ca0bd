#include "simserverthread.h"

#include "pastreplay.h"
#include "simexchange.h"

#include <QThread>

namespace loandesk::sim {

SimServerThread::SimServerThread(QObject *parent)
    : QObject(parent) {}

SimServerThread::~SimServerThread() {
    stop();
}

void SimServerThread::start(const Scenario &scenario, quint64 seed, quint16 port, bool withPast) {
    stop();
    m_accounts = SimExchange::accountsFor(scenario);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("loandesk-sim"));
    auto *exchange = new SimExchange(scenario, seed);
    exchange->moveToThread(m_thread);
    m_exchange = exchange;
    // The exchange is deleted on its own thread when the thread's event loop ends.
    connect(m_thread, &QThread::finished, exchange, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        exchange,
        [this, exchange, port, scenario, seed, withPast] {
            QList<RiskUnit> past;
            if (withPast) {
                PastReplay replay(scenario, seed, exchange->engine().startMs());
                QString why;
                if (replay.run(&why)) {
                    exchange->engine().addPastRecords(replay.units());
                    past = replay.samples();
                } else {
                    qWarning("the simulated exchange starts without a past: %s", qPrintable(why));
                }
            }
            const bool ok = exchange->listen(port);
            const QUrl url = ok ? exchange->baseUrl() : QUrl();
            const QString error = exchange->errorString();
            // Back to the owner's thread; dropped if the owner is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, ok, url, error, past] {
                    if (!ok) {
                        Q_EMIT failed(error);
                        return;
                    }
                    m_baseUrl = url;
                    m_past = past;
                    Q_EMIT started(url);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SimServerThread::stop() {
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_baseUrl = QUrl();
}

} // namespace loandesk::sim
