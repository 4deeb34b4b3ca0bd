#pragma once

#include "scenario.h"

#include "domain/riskunit.h"
#include "simaccount.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <utility>

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

    // With `withPast`, the exchange first makes up the month before its start (PastReplay, on
    // the worker thread): its record endpoints serve that month, and past() holds every unit's
    // figures of it once started() is emitted. If the story does not fit the scenario, the
    // exchange starts without a past (a warning says why).
    void start(const Scenario &scenario, quint64 seed = 1, quint16 port = 0, bool withPast = false);
    void stop();

    bool isRunning() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QList<SimAccount> accounts() const { return m_accounts; }
    // Taken once: the figures are large and the desk keeps them in its history.
    QList<RiskUnit> takePast() { return std::exchange(m_past, {}); }
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
    QList<RiskUnit> m_past;
};

} // namespace loandesk::sim
