#include "httptransport.h"

#include "httpconnection.h"
#include "httpexchange.h"

#include <QNetworkProxyFactory>

namespace loandesk {

namespace {

int portOf(const QUrl &url) {
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

QString keyFor(const QUrl &url, const QNetworkProxy &proxy) {
    return QStringLiteral("%1://%2:%3|%4:%5:%6")
        .arg(url.scheme(), url.host())
        .arg(portOf(url))
        .arg(int(proxy.type()))
        .arg(proxy.hostName())
        .arg(proxy.port());
}

bool usableBySocket(const QNetworkProxy &proxy) {
    switch (proxy.type()) {
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::Socks5Proxy:
        return true;
    case QNetworkProxy::HttpProxy:
        return proxy.capabilities().testFlag(QNetworkProxy::TunnelingCapability);
    default:
        return false;
    }
}

} // namespace

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent) {}

// Out of line for the factory's unique_ptr. Exchanges hold QPointers to us and to our
// connections, which are our children: nothing is called back once we are gone.
HttpTransport::~HttpTransport() = default;

void HttpTransport::setProxy(const QNetworkProxy &proxy) {
    m_factory.reset();
    m_proxy = proxy;
    closeIdle();
}

void HttpTransport::setProxyFactory(QNetworkProxyFactory *factory) {
    m_factory.reset(factory);
    closeIdle();
}

QNetworkProxy HttpTransport::proxyFor(const QUrl &url) const {
    const QNetworkProxyQuery query(url);
    QList<QNetworkProxy> candidates;
    if (m_factory)
        candidates = m_factory->queryProxy(query);
    else if (m_proxy.type() != QNetworkProxy::DefaultProxy)
        candidates = {m_proxy};
    else
        candidates = QNetworkProxyFactory::proxyForQuery(query);
    for (const QNetworkProxy &p : std::as_const(candidates)) {
        if (usableBySocket(p))
            return p;
    }
    // A configured proxy we cannot tunnel through is not silently bypassed: the socket fails.
    return candidates.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : candidates.first();
}

HttpExchange *HttpTransport::send(HttpRequest request, int deadlineMs, qint64 maxBodyBytes,
                                  QObject *parent) {
    auto *exchange = new HttpExchange(this, std::move(request), deadlineMs, maxBodyBytes, parent);
    dispatch(exchange, !exchange->request().isIdempotent());
    exchange->m_starting = false;
    return exchange;
}

void HttpTransport::dispatch(HttpExchange *exchange, bool fresh) {
    const QUrl &url = exchange->request().url;
    const QNetworkProxy proxy = proxyFor(url);
    const QString key = keyFor(url, proxy);
    int open = 0;
    HttpConnection *idle = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->key() != key)
            continue;
        ++open;
        if (!c->isBusy() && c->isOpen() && !idle)
            idle = c;
    }
    if (idle && !fresh) {
        exchange->attach(idle);
        return;
    }
    if (idle && open >= MaxConnectionsPerOrigin) { // make room for a fresh one
        removeConnection(idle);
        --open;
    }
    if (open < MaxConnectionsPerOrigin) {
        QUrl origin;
        origin.setScheme(url.scheme());
        origin.setHost(url.host());
        origin.setPort(portOf(url));
        auto *connection = new HttpConnection(key, origin, proxy, this);
        connect(connection, &HttpConnection::closed, this,
                [this, connection] { dropConnection(connection); });
        m_connections.append(connection);
        exchange->attach(connection);
        return;
    }
    m_waiting.append({exchange, fresh});
}

void HttpTransport::release(HttpConnection *connection, bool reusable) {
    if (!reusable || !connection->isOpen()) {
        dropConnection(connection);
        return;
    }
    pump();
}

void HttpTransport::forget(HttpExchange *exchange) {
    m_waiting.removeIf([exchange](const auto &w) { return w.first == exchange || !w.first; });
}

bool HttpTransport::removeConnection(HttpConnection *connection) {
    if (!m_connections.removeOne(connection))
        return false;
    connection->abort();
    connection->deleteLater(); // it may be inside one of its own signals
    return true;
}

void HttpTransport::dropConnection(HttpConnection *connection) {
    if (removeConnection(connection))
        pump();
}

void HttpTransport::pump() {
    // Each waiting exchange gets a chance in order; dispatch re-queues those still waiting.
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[exchange, fresh] : waiting) {
        if (exchange)
            dispatch(exchange, fresh);
    }
}

void HttpTransport::closeIdle() {
    const QList<HttpConnection *> connections = m_connections;
    for (HttpConnection *c : connections) {
        if (!c->isBusy())
            dropConnection(c);
    }
}

} // namespace loandesk
