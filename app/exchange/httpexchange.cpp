#include "httpexchange.h"

#include "httpconnection.h"
#include "httptransport.h"

namespace loandesk {

HttpExchange::HttpExchange(HttpTransport *transport, HttpRequest request, int deadlineMs,
                           qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(std::move(request)) {
    m_response.isPost = !m_request.isIdempotent();
    m_response.deadlineMs = deadlineMs;
    m_response.maxBodyBytes = maxBodyBytes;
    m_elapsed.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
    if (deadlineMs > 0)
        m_deadline.start(deadlineMs);
}

HttpExchange::~HttpExchange() {
    if (m_done)
        return;
    m_done = true;
    detach(false);
    if (m_transport)
        m_transport->forget(this);
}

void HttpExchange::attach(HttpConnection *connection) {
    m_connection = connection;
    connect(connection, &HttpConnection::bodyGrew, this, &HttpExchange::onBodyGrew);
    connect(connection, &HttpConnection::finished, this, &HttpExchange::onFinished);
    connect(connection, &HttpConnection::failed, this, &HttpExchange::onFailed);
    connection->send(m_request);
}

void HttpExchange::detach(bool reusable) {
    HttpConnection *connection = m_connection;
    m_connection = nullptr;
    if (!connection)
        return;
    connection->disconnect(this);
    if (m_transport)
        m_transport->release(connection, reusable);
}

void HttpExchange::onBodyGrew(qint64 declaredLength, qint64 received) {
    if (declaredLength > m_response.maxBodyBytes || received > m_response.maxBodyBytes)
        failTooLarge();
}

void HttpExchange::failTooLarge() {
    m_response.tooLarge = true;
    finish(QNetworkReply::OperationCanceledError,
           QStringLiteral("the response body passed %1 bytes").arg(m_response.maxBodyBytes));
}

void HttpExchange::onFinished() {
    HttpResponseParser &parser = m_connection->parser();
    m_response.httpStatus = parser.status();
    m_response.headers = parser.headers();
    if (parser.bodySize() > m_response.maxBodyBytes) {
        failTooLarge();
        return;
    }
    m_response.body = parser.takeBody();
    detach(true);
    finish(QNetworkReply::NoError, {});
}

void HttpExchange::onFailed(QNetworkReply::NetworkError error, const QString &message) {
    HttpConnection *connection = m_connection;
    // A kept-alive connection the server closed while it sat idle fails before any answer;
    // a GET changes nothing, so it goes once more on a new connection. A POST never does
    // (the transport gives it a fresh connection in the first place).
    const bool staleKeepAlive = connection->wasUsed() && !connection->responseStarted() &&
                                (error == QNetworkReply::RemoteHostClosedError ||
                                 error == QNetworkReply::UnknownNetworkError);
    if (staleKeepAlive && m_request.isIdempotent() && !m_retried && m_transport) {
        m_retried = true;
        detach(false);
        m_transport->dispatch(this, true);
        return;
    }
    HttpResponseParser &parser = connection->parser();
    m_response.httpStatus = parser.status();
    m_response.headers = parser.headers();
    finish(error, message);
}

void HttpExchange::onDeadline() {
    m_response.deadlineHit = true;
    finish(QNetworkReply::OperationCanceledError,
           QStringLiteral("no complete response within %1 ms").arg(m_response.deadlineMs));
}

void HttpExchange::finish(QNetworkReply::NetworkError error, const QString &message) {
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    detach(false); // a no-op after a complete response, which already gave the connection back
    if (m_transport)
        m_transport->forget(this);
    m_response.networkError = error;
    m_response.networkErrorString = message;
    m_response.elapsedMs = int(m_elapsed.elapsed());
    if (m_starting) { // never inside the call that started the request
        QTimer::singleShot(0, this, [this] { Q_EMIT completed(m_response); });
        return;
    }
    Q_EMIT completed(m_response);
}

} // namespace loandesk
