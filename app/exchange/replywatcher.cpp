#include "replywatcher.h"

#include <QNetworkReply>

namespace loandesk {

ReplyWatcher::ReplyWatcher(QNetworkReply *reply, bool isPost, int deadlineMs, qint64 maxBodyBytes,
                           QObject *parent)
    : QObject(parent)
    , m_reply(reply) {
    m_response.isPost = isPost;
    m_response.deadlineMs = deadlineMs;
    m_response.maxBodyBytes = maxBodyBytes;
    m_elapsed.start();

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ReplyWatcher::onDeadline);
    if (deadlineMs > 0)
        m_deadline.start(deadlineMs);

    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyWatcher::checkDeclaredLength);
    connect(reply, &QIODevice::readyRead, this, &ReplyWatcher::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ReplyWatcher::onFinished);
    // A reply may already be finished (e.g. an invalid URL fails synchronously); finished()
    // is still emitted from the event loop in that case, so nothing is lost here.
}

ReplyWatcher::~ReplyWatcher() {
    if (m_reply && !m_done) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ReplyWatcher::checkDeclaredLength() {
    if (!m_reply || m_done)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_response.maxBodyBytes)
        abortTooLarge();
}

void ReplyWatcher::readAvailable() {
    if (!m_reply || m_done)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_response.maxBodyBytes)
        abortTooLarge();
}

void ReplyWatcher::abortTooLarge() {
    if (m_response.tooLarge)
        return;
    m_response.tooLarge = true;
    m_body.clear();
    m_reply->abort(); // emits finished() → onFinished()
}

void ReplyWatcher::onDeadline() {
    if (!m_reply || m_done)
        return;
    m_response.deadlineHit = true;
    m_reply->abort();
}

void ReplyWatcher::onFinished() {
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_deadline.stop();
    if (!m_response.tooLarge && m_reply->isOpen()) // an aborted reply is closed
        m_body += m_reply->readAll();
    m_response.body = std::move(m_body);
    m_response.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.headers = m_reply->rawHeaderPairs();
    m_response.networkError = m_reply->error();
    m_response.networkErrorString = m_reply->errorString();
    m_response.elapsedMs = int(m_elapsed.elapsed());
    m_reply->disconnect(this);
    m_reply->deleteLater();
    Q_EMIT completed(m_response);
}

} // namespace loandesk
