#pragma once

#include <QDateTime>
#include <QString>

namespace loandesk {

// Every way a request can fail, as a value. The core never words errors for the user; ui/
// maps Kind (and the exchange code) to tr() text in one place.
struct ExchangeError {
    enum class Kind {
        None,
        Network,     // connection refused, reset, DNS, dropped mid-body
        Timeout,     // overall deadline passed
        Tls,         // certificate or handshake failure
        Redirect,    // a 3xx: signed requests never follow redirects
        Auth,        // -2014/-2015/-1002: unknown key, IP or permission
        Signature,   // -1022: the secret does not match the key
        Clock,       // -1021: timestamp outside recvWindow
        RateLimited, // HTTP 429
        Banned,      // HTTP 418
        Server,      // HTTP 5xx or -1000/-1001/-1006/-1007
        Parse,       // body is not the JSON we expect (HTML page, truncated, missing field)
        Business,    // any other exchange {code,msg}, e.g. -27009
        Http,        // other non-2xx status without an exchange body
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int code = 0;         // the exchange's code, 0 when there is none
    QString message;      // the exchange's msg, or a technical description (English, for logs)
    QDateTime retryAfter; // for RateLimited/Banned: when the pause ends (UTC)
    // True when a state-changing request may or may not have been executed: timeouts, 5xx,
    // -1000/-1006/-1007, a dropped connection after sending. Never retried automatically.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    static ExchangeError none() { return {}; }
    static ExchangeError make(Kind kind, QString message, int httpStatus = 0, int code = 0);
};

QString exchangeErrorKindName(ExchangeError::Kind kind); // "network", "rate-limited", … for logs

} // namespace loandesk
