#include "simexchange.h"

#include "httpconnection.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace loandesk::sim {

SimExchange::SimExchange(const Scenario &scenario, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_accounts(accountsFor(scenario))
    , m_engine(scenario, seed, QDateTime::currentMSecsSinceEpoch())
    , m_dispatcher(m_engine, m_limiter)
    , m_server(new QTcpServer(this)) {
    m_dispatcher.setAccounts(m_accounts);
    connect(m_server, &QTcpServer::newConnection, this, &SimExchange::acceptConnections);
}

SimExchange::~SimExchange() {
    stop();
}

QList<SimAccount> SimExchange::accountsFor(const Scenario &scenario) {
    QList<SimAccount> accounts;
    accounts.append(SimAccount{SimAccount::Role::Parent, 0, scenario.parentEmail,
                               ApiCredentials{scenario.parentApiKey, scenario.parentSecret},
                               scenario.parentEd25519PublicKey});
    for (const UnitState &u : scenario.units)
        accounts.append(SimAccount{SimAccount::Role::Credit, u.groupId, u.creditEmail,
                                   ApiCredentials{u.creditApiKey, u.creditSecret},
                                   u.creditEd25519PublicKey});
    for (const UnitState &u : scenario.units) {
        for (const MemberHoldings &m : u.members) {
            if (!m.apiKey.isEmpty())
                accounts.append(SimAccount{SimAccount::Role::Member,
                                           u.groupId,
                                           m.email,
                                           ApiCredentials{m.apiKey, m.apiSecret},
                                           {}});
        }
    }
    return accounts;
}

bool SimExchange::listen(quint16 port) {
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = m_server->errorString();
        return false;
    }
    return true;
}

void SimExchange::stop() {
    m_server->close();
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        delete connection;
}

quint16 SimExchange::port() const {
    return m_server->serverPort();
}

QUrl SimExchange::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

ApiCredentials SimExchange::parentCredentials() const {
    return m_accounts.constFirst().credentials;
}

ApiCredentials SimExchange::creditCredentials(qint64 groupId) const {
    for (const SimAccount &a : m_accounts) {
        if (a.role == SimAccount::Role::Credit && a.groupId == groupId)
            return a.credentials;
    }
    return {};
}

ApiCredentials SimExchange::memberCredentials(const QString &email) const {
    for (const SimAccount &a : m_accounts) {
        if (a.role == SimAccount::Role::Member && a.email.compare(email, Qt::CaseInsensitive) == 0)
            return a.credentials;
    }
    return {};
}

QList<SimAccount> SimExchange::memberAccounts() const {
    QList<SimAccount> members;
    for (const SimAccount &a : m_accounts) {
        if (a.role == SimAccount::Role::Member)
            members.append(a);
    }
    return members;
}

void SimExchange::setParentCredentials(const ApiCredentials &credentials) {
    m_accounts.first().credentials = credentials;
    m_dispatcher.setAccounts(m_accounts);
}

void SimExchange::addAccount(const SimAccount &account) {
    m_accounts.append(account);
    m_dispatcher.setAccounts(m_accounts);
}

void SimExchange::revokeKey(const QString &apiKey) {
    m_accounts.removeIf([&apiKey](const SimAccount &a) { return a.credentials.apiKey == apiKey; });
    m_dispatcher.setAccounts(m_accounts);
}

SimEngine &SimExchange::engine() {
    m_engine.advanceTo(nowMs());
    return m_engine;
}

RiskUnit SimExchange::riskUnit(qint64 groupId) {
    return engine().riskUnit(groupId);
}

void SimExchange::setBanPolicy(bool enabled, int banAfter, qint64 banMs) {
    m_limiter.setBanPolicy(enabled, banAfter, banMs);
}

void SimExchange::advanceTime(qint64 ms) {
    m_offsetMs += std::max<qint64>(ms, 0);
    m_engine.advanceTo(nowMs());
}

qint64 SimExchange::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

qint64 SimExchange::serverTimeMs() const {
    return nowMs() + m_faults.clockSkewMs();
}

QList<LoggedRequest> SimExchange::requestLog() const {
    QMutexLocker lock(&m_logMutex);
    return m_log;
}

int SimExchange::postCount(const QString &path) const {
    QMutexLocker lock(&m_logMutex);
    return int(std::count_if(m_log.begin(), m_log.end(), [&](const LoggedRequest &r) {
        return r.method == u"POST" && (r.path == path || r.path.endsWith(u'/' + path));
    }));
}

void SimExchange::clearRequestLog() {
    QMutexLocker lock(&m_logMutex);
    m_log.clear();
}

void SimExchange::acceptConnections() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        new HttpConnection(
            socket,
            [this](HttpConnection *connection, const SimRequest &request) {
                onRequest(connection, request);
            },
            this);
    }
}

void SimExchange::onRequest(HttpConnection *connection, const SimRequest &request) {
    const FaultInjector::Plan plan = m_faults.take(request.path);
    if (plan.latencyMs <= 0) {
        answer(connection, request, plan);
        return;
    }
    // A slow exchange: the request is processed when the delay ends, like a queued backend.
    // The connection is the timer's context, so a client that gives up cancels it.
    QTimer::singleShot(plan.latencyMs, connection,
                       [this, connection, request, plan] { answer(connection, request, plan); });
}

void SimExchange::answer(HttpConnection *connection, const SimRequest &request,
                         const FaultInjector::Plan &plan) {
    LoggedRequest entry;
    entry.timeMs = nowMs();
    entry.method = QString::fromLatin1(request.method);
    entry.path = QString::fromUtf8(request.path);
    entry.apiKey = QString::fromUtf8(request.header("x-mbx-apikey"));
    if (plan.recordsLateMs > 0)
        entry.fault = FaultInjector::kindName(FaultInjector::Kind::RecordsLate);
    else if (plan.latencyMs > 0)
        entry.fault = FaultInjector::kindName(FaultInjector::Kind::Latency);
    const SimResponse response =
        plan.outcome
            ? m_dispatcher.dispatchWithFault(request, *plan.outcome, nowMs(), serverTimeMs(),
                                             &entry, plan.recordsLateMs)
            : m_dispatcher.dispatch(request, nowMs(), serverTimeMs(), &entry, plan.recordsLateMs);
    {
        QMutexLocker lock(&m_logMutex);
        m_log.append(entry);
    }
    connection->respond(response);
    Q_EMIT requestHandled(entry);
}

} // namespace loandesk::sim
