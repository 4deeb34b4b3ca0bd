#pragma once

#include "httprequest.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkProxyFactory;

namespace loandesk {

class HttpConnection;
class HttpExchange;

// The exchange client's HTTP/1.1 transport: requests go out on kept-alive connections from the
// calling thread, at most MaxConnectionsPerOrigin at a time per origin and proxy, the rest
// queued in order. It replaced QNetworkAccessManager, whose separate HTTP thread and byte-at-
// a-time header reads cost more CPU than everything else in a poll (tests/bench/RESULTS.md);
// TLS, proxies and sockets are still Qt's. A POST always takes a fresh connection, so a server
// that closed an idle connection can never make its fate ambiguous.
class HttpTransport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    static constexpr int MaxConnectionsPerOrigin = 6;

    // Starts `request`; the exchange is a child of `parent` and reports completed() once.
    HttpExchange *send(HttpRequest request, int deadlineMs, qint64 maxBodyBytes, QObject *parent);

    // The proxy for every request (DefaultProxy: the application's and system's choice)...
    void setProxy(const QNetworkProxy &proxy);
    QNetworkProxy proxy() const { return m_proxy; }
    // ...or a factory that chooses per URL; takes ownership, replaces setProxy().
    void setProxyFactory(QNetworkProxyFactory *factory);
    QNetworkProxyFactory *proxyFactory() const { return m_factory.get(); }

    // The proxy a request to `url` goes through, as a socket can use it (a tunnel).
    QNetworkProxy proxyFor(const QUrl &url) const;

private:
    friend class HttpExchange;
    // Gives `exchange` a connection now or when one is free. `fresh`: never an idle one.
    void dispatch(HttpExchange *exchange, bool fresh);
    // The exchange is done with `connection`; reusable ones wait for the next request.
    void release(HttpConnection *connection, bool reusable);
    void forget(HttpExchange *exchange);
    // Takes `connection` out of the pool and closes it; false if it was not in it.
    bool removeConnection(HttpConnection *connection);
    void dropConnection(HttpConnection *connection); // ...and lets a waiting request in
    void pump();
    void closeIdle();

    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    std::unique_ptr<QNetworkProxyFactory> m_factory;
    QList<HttpConnection *> m_connections;
    QList<std::pair<QPointer<HttpExchange>, bool>> m_waiting; // with its `fresh`
};

} // namespace loandesk
