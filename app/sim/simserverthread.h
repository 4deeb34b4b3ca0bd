#pragma once

#include "scenario.h"
#include "simaccount.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QThread;

namespace loandesk::sim {

class SimExchange;

// Runs a SimExchange on its own QThread so the GUI thread stays responsive in demo mode.
// start() returns at once; started(url) or failed(error) follows on this object's thread.
// Accounts are known before the server is up (they come from the scenario). Destroying this
// object stops the server and joins the thread.
class SimServerThread final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServerThread)

public:
    explicit SimServerThread(QObject *parent = nullptr);
    ~SimServerThread() override;

    void start(const Scenario &scenario, quint64 seed = 1, quint16 port = 0);
    void stop();

    bool isRunning() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QList<SimAccount> accounts() const { return m_accounts; }
    // The exchange lives on the worker thread: only its thread-safe parts (faults(),
    // requestLog(), postCount()) may be used from here, or anything via
    // QMetaObject::invokeMethod(exchange(), …).
    SimExchange *exchange() const { return m_exchange; }

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    QThread *m_thread = nullptr;
    QPointer<SimExchange> m_exchange;
    QUrl m_baseUrl;
    QList<SimAccount> m_accounts;
};

} // namespace loandesk::sim
