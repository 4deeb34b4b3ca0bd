#include "httpconnection.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace loandesk {

namespace {

QNetworkReply::NetworkError networkError(QAbstractSocket::SocketError error) {
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInvalidUserDataError:
    case QAbstractSocket::SslInternalError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::UnknownProxyError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

QByteArray requestBytes(const HttpRequest &request) {
    QByteArray target =
        request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray out;
    out.reserve(256 + target.size() + request.body.size());
    out += request.method + ' ' + target + " HTTP/1.1\r\nHost: " +
           request.url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() +
           "\r\n";
    for (const auto &[name, value] : request.headers)
        out += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST")
        out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    out += "\r\n";
    out += request.body;
    return out;
}

} // namespace

HttpConnection::HttpConnection(const QString &key, const QUrl &origin, const QNetworkProxy &proxy,
                               QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_origin(origin) {
    if (origin.scheme() == QLatin1String("https")) {
        auto *ssl = new QSslSocket;
        // Peer verification is QSslSocket's default for a client: any certificate error ends
        // the handshake with SslHandshakeFailedError.
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::onConnected);
        m_socket.reset(ssl);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &HttpConnection::onConnected);
    }
    m_socket->setProxy(proxy);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::closeWhileIdle);
}

HttpConnection::~HttpConnection() {
    abort();
}

void HttpConnection::abort() {
    m_idle.stop();
    m_busy = false;
    m_connected = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpConnection::closeWhileIdle() {
    abort();
    Q_EMIT closed();
}

void HttpConnection::send(const HttpRequest &request) {
    Q_ASSERT(!m_busy);
    m_idle.stop();
    m_busy = true;
    m_responseStarted = false;
    m_parser = HttpResponseParser();
    m_parser.setNoBody(request.method == "HEAD");
    m_pending = requestBytes(request);
    if (m_connected) {
        writeRequest();
        return;
    }
    const quint16 port = quint16(m_origin.port()); // the transport names it always
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.get()))
        ssl->connectToHostEncrypted(m_origin.host(), port);
    else
        m_socket->connectToHost(m_origin.host(), port);
}

void HttpConnection::onConnected() {
    m_connected = true;
    if (m_busy && !m_pending.isEmpty())
        writeRequest();
}

void HttpConnection::writeRequest() {
    // Written once; the socket's own buffer takes what the kernel does not take at once.
    m_socket->write(std::exchange(m_pending, {}));
}

void HttpConnection::onReadyRead() {
    const QByteArray data = m_socket->readAll();
    if (!m_busy) { // a server speaks out of turn on an idle connection: it is not usable
        closeWhileIdle();
        return;
    }
    m_responseStarted = m_responseStarted || !data.isEmpty();
    const qsizetype used = m_parser.feed(data);
    if (m_parser.hasFailed()) {
        fail(QNetworkReply::ProtocolFailure, m_parser.failure());
        return;
    }
    if (m_parser.isDone()) {
        // Bytes after the response: the exchange does not pipeline, so the stream is out of
        // step and the connection is not used again.
        completeResponse(used < data.size());
        return;
    }
    if (m_parser.inBody())
        Q_EMIT bodyGrew(m_parser.declaredLength(), m_parser.bodySize());
}

void HttpConnection::completeResponse(bool trailing) {
    m_busy = false;
    const bool reusable = m_parser.keepsAlive() && !trailing && m_socket->bytesAvailable() == 0;
    if (reusable) {
        m_used = true;
        m_idle.start();
    } else {
        abort();
    }
    Q_EMIT finished();
}

void HttpConnection::onSocketError() {
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString message = m_socket->errorString();
    if (!m_busy) {
        closeWhileIdle();
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        if (!m_busy)
            return;
        m_parser.finishAtClose();
        if (m_parser.isDone()) {
            completeResponse();
            return;
        }
        fail(QNetworkReply::RemoteHostClosedError,
             m_parser.hasStatus() ? m_parser.failure() : message);
        return;
    }
    fail(networkError(error), message);
}

void HttpConnection::fail(QNetworkReply::NetworkError error, const QString &message) {
    abort();
    Q_EMIT failed(error, message);
}

} // namespace loandesk
