#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QNetworkReply>

#include <utility>

namespace loandesk {

// Everything the client observed about one finished exchange request, detached from the
// QNetworkReply so that classification, weight accounting and tests work on plain values.
struct HttpResponse {
    int httpStatus = 0; // 0 when no HTTP response arrived
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString; // Qt's technical description, for logs
    bool isPost = false;        // a state-changing request: unknown outcomes matter
    bool deadlineHit = false;   // our overall deadline aborted the reply
    bool tooLarge = false;      // the body passed the size cap and the download was aborted
    int deadlineMs = 0;         // for the message only
    qint64 maxBodyBytes = 0;    // for the message only
    int elapsedMs = 0;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace loandesk
