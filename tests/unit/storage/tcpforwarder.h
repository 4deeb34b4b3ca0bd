#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace loandesk {

// A loopback TCP relay to a real server that a test can cut and restore: "the database went
// down" without stopping the shared test server. Runs on the test's thread and event loop.
class TcpForwarder final : public QObject {
public:
    explicit TcpForwarder(quint16 targetPort)
        : m_target(targetPort) {
        // Reserve a port number that nothing listens on until listen() is called.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        m_port = probe.serverPort();
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }
    ~TcpForwarder() override { shutdown(); }

    quint16 port() const { return m_port; }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, m_port); }
    // Stops accepting and drops every relayed connection, as a crashed server would.
    void shutdown() {
        m_server.close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }

private:
    void accept() {
        while (QTcpSocket *in = m_server.nextPendingConnection()) {
            auto *out = new QTcpSocket(in);
            m_sockets << in << out;
            out->connectToHost(QHostAddress::LocalHost, m_target);
            QObject::connect(in, &QTcpSocket::readyRead, out, [in, out] {
                if (out->state() == QAbstractSocket::ConnectedState)
                    out->write(in->readAll());
            });
            QObject::connect(out, &QTcpSocket::connected, in,
                             [in, out] { out->write(in->readAll()); });
            QObject::connect(out, &QTcpSocket::readyRead, in,
                             [in, out] { in->write(out->readAll()); });
            QObject::connect(in, &QTcpSocket::disconnected, out, [out] { out->abort(); });
            QObject::connect(out, &QTcpSocket::disconnected, in, [in] { in->abort(); });
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace loandesk
