#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace loandesk {

// One HTTP/1.1 request as HttpTransport puts it on the wire: the method, the URL whose encoded
// path and query are sent byte for byte (the signature covers those bytes), extra header
// fields and the body. Host, Content-Length and Connection are added by the transport.
struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // GET and DELETE change nothing twice; a POST may have changed something even when no
    // answer came back, so it is never sent a second time.
    bool isIdempotent() const { return method != "POST"; }
};

} // namespace loandesk
