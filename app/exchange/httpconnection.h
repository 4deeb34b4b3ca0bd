#pragma once

#include "httprequest.h"
#include "httpresponseparser.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace loandesk {

// One TCP (or TLS) connection to one origin, carrying one request at a time and kept open
// between them when the server allows it. It writes each request exactly once and never
// resends anything itself: whether a failed request may go again is the caller's decision.
// Lives on the thread that uses it, like every socket, so a request costs no thread hop.
class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(const QString &key, const QUrl &origin, const QNetworkProxy &proxy,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Which origin and proxy this connection reaches; a pool looks connections up by it.
    const QString &key() const { return m_key; }
    bool isBusy() const { return m_busy; }
    // Connected and not closed since: an idle one can take the next request.
    bool isOpen() const { return m_connected; }
    // A connection that already carried a response: the server may have closed it meanwhile.
    bool wasUsed() const { return m_used; }
    // Any byte of the current response arrived.
    bool responseStarted() const { return m_responseStarted; }

    // Puts `request` on the wire (connecting first if needed). One at a time.
    void send(const HttpRequest &request);
    // Drops the socket at once; no signal follows.
    void abort();

    HttpResponseParser &parser() { return m_parser; }

    // The server's idle keep-alive connections are closed after this long without use.
    static constexpr int IdleTimeoutMs = 30000;

Q_SIGNALS:
    void bodyGrew(qint64 declaredLength, qint64 received);
    void finished(); // the response is complete; parser() holds it
    void failed(QNetworkReply::NetworkError error, const QString &message);
    void closed(); // an idle connection went away (server close or idle timeout)

private:
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void writeRequest();
    // `trailing`: bytes came after the response, so the stream is out of step.
    void completeResponse(bool trailing = false);
    void closeWhileIdle();
    void fail(QNetworkReply::NetworkError error, const QString &message);

    QString m_key;
    QUrl m_origin;
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_idle;
    HttpResponseParser m_parser;
    QByteArray m_pending; // the request's bytes, until the connection is up
    bool m_connected = false;
    bool m_busy = false;
    bool m_used = false;
    bool m_responseStarted = false;
};

} // namespace loandesk
