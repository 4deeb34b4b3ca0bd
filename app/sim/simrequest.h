#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace loandesk::sim {

// One HTTP request exactly as received: the request target is kept byte for byte, because the
// signature covers the raw query string and body, not a decoded or re-encoded form.
struct SimRequest {
    QByteArray method;                            // "GET", "POST", …
    QByteArray target;                            // raw request target, e.g. "/path?a=%40"
    QByteArray path;                              // target before '?'
    QByteArray rawQuery;                          // target after '?', untouched
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

} // namespace loandesk::sim
