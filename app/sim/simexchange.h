#pragma once

#include "faultinjector.h"
#include "loggedrequest.h"
#include "ratelimiter.h"
#include "requestdispatcher.h"
#include "scenario.h"
#include "simaccount.h"
#include "simengine.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <atomic>

class QTcpServer;

namespace loandesk::sim {

class HttpConnection;
struct SimRequest;

// The simulated exchange: an HTTP server on 127.0.0.1 that speaks the institutional-loan API
// on top of a SimEngine (market, units, business rules). Used in-process by integration tests,
// on a worker thread by the GUI's demo mode (see SimServerThread) and by loandesk-sim.
// Its clock is real time plus an offset that advanceTime() moves instantly, so tests never
// sleep. Lives on one thread; faults(), requestLog() and postCount() may be called from any.
class SimExchange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimExchange)

public:
    explicit SimExchange(const Scenario &scenario, quint64 seed = 1, QObject *parent = nullptr);
    ~SimExchange() override;

    bool listen(quint16 port = 0);
    void stop();
    QString errorString() const { return m_errorString; }
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    // The keys it accepts: the parent key first, then one credit key per unit, then the read-only
    // key of each Portfolio Margin member that has one (role Member: its email and groupId).
    QList<SimAccount> accounts() const { return m_accounts; }
    static QList<SimAccount> accountsFor(const Scenario &scenario);
    ApiCredentials parentCredentials() const;
    ApiCredentials creditCredentials(qint64 groupId) const;
    // A PM member's own key (empty when it has none), and every such key.
    ApiCredentials memberCredentials(const QString &email) const;
    QList<SimAccount> memberAccounts() const;
    void setParentCredentials(const ApiCredentials &credentials);
    // Another key the exchange accepts (e.g. an Ed25519 parent key), and a key deleted on the
    // exchange while clients still use it: its requests then fail with -2015.
    void addAccount(const SimAccount &account);
    void revokeKey(const QString &apiKey);

    // State as the simulator computes it, brought up to the current simulator time.
    SimEngine &engine();
    RiskUnit riskUnit(qint64 groupId);

    FaultInjector *faults() { return &m_faults; }
    void setBanPolicy(bool enabled, int banAfter = 5, qint64 banMs = 120000);
    void resetRateLimits() { m_limiter.reset(); }

    // Moves the simulator clock forward at once, running every tick and interest hour between.
    void advanceTime(qint64 ms);
    // Offsets the server's clock as clients see it (/api/v3/time, timestamp checks) only.
    void setClockSkewMs(qint64 skewMs) { m_faults.setClockSkewMs(skewMs); }
    qint64 nowMs() const;        // simulator clock (market, interest, weight windows)
    qint64 serverTimeMs() const; // nowMs() + clock skew

    QList<LoggedRequest> requestLog() const;
    // Requests with method POST whose path is `path` or ends with "/" + `path`.
    int postCount(const QString &path) const;
    void clearRequestLog();

Q_SIGNALS:
    void requestHandled(const loandesk::sim::LoggedRequest &entry);

private:
    void acceptConnections();
    void onRequest(HttpConnection *connection, const SimRequest &request);
    void answer(HttpConnection *connection, const SimRequest &request,
                const FaultInjector::Plan &plan);

    QList<SimAccount> m_accounts;
    SimEngine m_engine;
    RateLimiter m_limiter;
    RequestDispatcher m_dispatcher;
    FaultInjector m_faults;
    QTcpServer *m_server;
    QString m_errorString;
    std::atomic<qint64> m_offsetMs{0};

    mutable QMutex m_logMutex;
    QList<LoggedRequest> m_log;
};

} // namespace loandesk::sim
