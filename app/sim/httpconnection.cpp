#include "httpconnection.h"

#include <QTcpSocket>

namespace loandesk::sim {

namespace {

constexpr qsizetype MaxHead = 64 * 1024;
constexpr qint64 MaxBody = 1024 * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 418:
        return "I'm a teapot";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler)) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    readAvailable();
}

bool HttpConnection::isOpen() const {
    return !m_closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::readAvailable() {
    m_buffer += m_socket->readAll();
    if (m_busy || m_closing)
        return;
    if (m_bodyLength < 0) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > MaxHead)
                fail(431);
            return;
        }
        if (!parseHead(headEnd))
            return;
        m_buffer.remove(0, headEnd + 4);
    }
    if (m_buffer.size() < m_bodyLength)
        return;
    m_pending.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = -1;
    m_busy = true;
    m_keepAlive = m_pending.keepAlive;
    const SimRequest request = std::exchange(m_pending, SimRequest());
    m_handler(this, request);
}

bool HttpConnection::parseHead(qsizetype headEnd) {
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400);
        return false;
    }
    SimRequest &r = m_pending;
    r.method = requestLine.at(0);
    r.target = requestLine.at(1);
    const qsizetype question = r.target.indexOf('?');
    r.path = question < 0 ? r.target : r.target.left(question);
    r.rawQuery = question < 0 ? QByteArray() : r.target.mid(question + 1);
    r.keepAlive = requestLine.at(2) != "HTTP/1.0";
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "connection")
            r.keepAlive = value.toLower() != "close";
        else if (name == "transfer-encoding") {
            fail(501); // clients of this API never send chunked bodies
            return false;
        }
    }
    if (length < 0 || length > MaxBody) {
        fail(413);
        return false;
    }
    m_bodyLength = length;
    return true;
}

void HttpConnection::fail(int status) {
    SimResponse response;
    response.status = status;
    response.contentType = "text/plain";
    response.body = reasonPhrase(status);
    m_busy = true;
    m_keepAlive = false;
    respond(response);
    m_closing = true;
}

void HttpConnection::respond(const SimResponse &response) {
    if (!m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.delivery == SimResponse::Delivery::Drop) {
        m_closing = true;
        m_socket->abort(); // no FIN handshake niceties: the peer sees the connection vanish
        return;
    }
    const bool truncated = response.delivery == SimResponse::Delivery::Truncated;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    const qsizetype promised = truncated ? response.body.size() + 64 : response.body.size();
    out += "Content-Length: " + QByteArray::number(promised) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    const bool keepAlive = m_keepAlive && !truncated;
    if (!keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += truncated ? response.body.left(response.body.size() / 2) : response.body;
    m_socket->write(out);
    finishResponse(keepAlive);
}

void HttpConnection::finishResponse(bool keepAlive) {
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes what was written, then closes
        return;
    }
    m_busy = false;
    // A client may already have sent its next request on this connection.
    if (!m_buffer.isEmpty())
        readAvailable();
}

} // namespace loandesk::sim
