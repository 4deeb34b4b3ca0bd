#pragma once

#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace loandesk {

// Watches one QNetworkReply on the GUI thread: enforces the overall deadline (a transfer
// timeout alone only catches stalls, not a server trickling bytes), aborts a body that grows
// past the size cap while it is still downloading, and on finish hands over everything as an
// HttpResponse exactly once, deleting the reply. Destroying the watcher first aborts the reply
// silently (no completed()).
class ReplyWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyWatcher)

public:
    ReplyWatcher(QNetworkReply *reply, bool isPost, int deadlineMs, qint64 maxBodyBytes,
                 QObject *parent = nullptr);
    ~ReplyWatcher() override;

Q_SIGNALS:
    void completed(const loandesk::HttpResponse &response);

private:
    void readAvailable();
    void checkDeclaredLength();
    void abortTooLarge();
    void onDeadline();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    HttpResponse m_response;
    bool m_done = false;
};

} // namespace loandesk
