#pragma once

// A tiny HTTP/1.1 server on loopback for the client's unit tests: records every request as
// received (raw query and body bytes) and answers from a script. The full simulator is used by
// the integration tests; this one lets a test choose exact bytes, stalls and status codes.

#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

namespace loandesk {

struct ReceivedRequest {
    QByteArray method;
    QByteArray path;  // without the query
    QByteArray query; // raw bytes after '?'
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connection = 0; // which TCP connection carried it, counting from 1

    QByteArray header(QByteArrayView name) const {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class ScriptedServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    // Returns the raw response; an empty array means "never answer" (to hit the deadline), and
    // Close means "close the connection without a word" (a server dropping a kept-alive one).
    using Script = std::function<QByteArray(const ReceivedRequest &)>;

    explicit ScriptedServer(QObject *parent = nullptr)
        : ScriptedServer(std::make_unique<QTcpServer>(), parent) {}
    // Over TLS with `tls`'s certificate and key (https:// URLs).
    explicit ScriptedServer(const QSslConfiguration &tls, QObject *parent = nullptr)
        : ScriptedServer(makeTlsServer(tls), parent) {
        m_scheme = QStringLiteral("https");
    }

    ScriptedServer(std::unique_ptr<QTcpServer> server, QObject *parent)
        : QObject(parent)
        , m_server(std::move(server)) {
        // Emitted once a connection is ready: after the handshake for TLS.
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                m_connections.insert(socket, int(m_connections.size()) + 1);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        m_server->listen(QHostAddress::LocalHost);
    }

    static std::unique_ptr<QTcpServer> makeTlsServer(const QSslConfiguration &tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(tls);
        return server;
    }

    QUrl url() const {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_server->serverPort()));
    }
    static inline const QByteArray Close = QByteArrayLiteral("<close the connection>");
    // How many TCP connections clients opened so far.
    int connectionCount() const { return int(m_connections.size()); }
    void setScript(Script script) { m_script = std::move(script); }
    const QList<ReceivedRequest> &requests() const { return m_requests; }

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &extraHeaders = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\n" + extraHeaders +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    void read(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ReceivedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.at(0).trimmed().split(' ');
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        request.connection = m_connections.value(socket);
        buffer.remove(0, end + 4 + length);
        m_requests.append(request);
        const QByteArray reply = m_script ? m_script(request) : response(404, {});
        if (reply == Close)
            socket->disconnectFromHost();
        else if (!reply.isEmpty())
            socket->write(reply);
    }

    std::unique_ptr<QTcpServer> m_server;
    QString m_scheme = QStringLiteral("http");
    Script m_script;
    QList<ReceivedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_connections;
};

} // namespace loandesk
