#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace loandesk {

class HttpConnection;
class HttpTransport;

// One request in flight on an HttpTransport: enforces the overall deadline (a stall timeout
// alone would not catch a server trickling bytes), stops a body that grows past the size cap,
// and hands everything over as an HttpResponse exactly once. A GET that finds its kept-alive
// connection closed before any answer goes once more on a fresh connection; nothing else is
// ever resent. Destroying the exchange first drops its connection silently (no completed()).
class HttpExchange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    ~HttpExchange() override;

    const HttpRequest &request() const { return m_request; }

Q_SIGNALS:
    void completed(const loandesk::HttpResponse &response);

private:
    friend class HttpTransport;
    HttpExchange(HttpTransport *transport, HttpRequest request, int deadlineMs, qint64 maxBodyBytes,
                 QObject *parent);

    // Called by the transport when a connection is free for this request.
    void attach(HttpConnection *connection);
    void onBodyGrew(qint64 declaredLength, qint64 received);
    void onFinished();
    void onFailed(QNetworkReply::NetworkError error, const QString &message);
    void onDeadline();
    void failTooLarge();
    void finish(QNetworkReply::NetworkError error, const QString &message);
    void detach(bool reusable);

    QPointer<HttpTransport> m_transport;
    QPointer<HttpConnection> m_connection;
    HttpRequest m_request;
    HttpResponse m_response;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    bool m_retried = false;
    bool m_starting = true; // inside HttpTransport::send()
    bool m_done = false;
};

} // namespace loandesk
