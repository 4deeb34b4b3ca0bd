#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace loandesk::sim {

// What the simulator sends back, including the transport faults it can fake.
struct SimResponse {
    enum class Delivery {
        Normal,
        Truncated, // Content-Length promises more bytes than are sent, then the socket closes
        Drop,      // the connection closes without any response
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json;charset=UTF-8";
    QByteArray body;
    Delivery delivery = Delivery::Normal;
};

} // namespace loandesk::sim
