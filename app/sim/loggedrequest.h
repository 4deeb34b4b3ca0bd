#pragma once

#include <QString>

namespace loandesk::sim {

// One entry of the simulator's request log, for tests and the demo's diagnostics. It names the
// API key but never holds a secret.
struct LoggedRequest {
    qint64 timeMs = 0; // simulator clock
    QString method;
    QString path;
    QString apiKey;
    int httpStatus = 0;    // 0 when no response was sent (dropped / response lost)
    int code = 0;          // the exchange error code, 0 on success
    QString fault;         // the injected fault's kind name, empty if none
    bool executed = false; // whether a handler ran (e.g. a borrow took place)
};

} // namespace loandesk::sim
