#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace loandesk::sim {

// One client connection of the simulator: a minimal HTTP/1.1 server side (request line,
// headers, Content-Length bodies, keep-alive; no chunked requests, no pipelining). It hands
// each complete request to the handler and waits for respond() before reading the next one,
// so a delayed (latency-injected) response holds the connection like a slow server would.
// Lives on the SimExchange's thread; deletes itself when the socket closes.
class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<void(HttpConnection *, const SimRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);

    void respond(const SimResponse &response);
    bool isOpen() const;

private:
    void readAvailable();
    bool parseHead(qsizetype headEnd);
    void fail(int status);
    void finishResponse(bool keepAlive);

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    SimRequest m_pending;
    qint64 m_bodyLength = -1; // -1 while the head is still incomplete
    bool m_busy = false;      // a request is with the handler
    bool m_closing = false;
    bool m_keepAlive = true; // of the request being answered
};

} // namespace loandesk::sim
