#include "exchangeerror.h"

namespace loandesk {

ExchangeError ExchangeError::make(Kind kind, QString message, int httpStatus, int code) {
    ExchangeError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    error.code = code;
    return error;
}

QString exchangeErrorKindName(ExchangeError::Kind kind) {
    switch (kind) {
    case ExchangeError::Kind::None:
        return QStringLiteral("none");
    case ExchangeError::Kind::Network:
        return QStringLiteral("network");
    case ExchangeError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ExchangeError::Kind::Tls:
        return QStringLiteral("tls");
    case ExchangeError::Kind::Redirect:
        return QStringLiteral("redirect");
    case ExchangeError::Kind::Auth:
        return QStringLiteral("auth");
    case ExchangeError::Kind::Signature:
        return QStringLiteral("signature");
    case ExchangeError::Kind::Clock:
        return QStringLiteral("clock");
    case ExchangeError::Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case ExchangeError::Kind::Banned:
        return QStringLiteral("banned");
    case ExchangeError::Kind::Server:
        return QStringLiteral("server");
    case ExchangeError::Kind::Parse:
        return QStringLiteral("parse");
    case ExchangeError::Kind::Business:
        return QStringLiteral("business");
    case ExchangeError::Kind::Http:
        return QStringLiteral("http");
    }
    return QStringLiteral("unknown");
}

} // namespace loandesk
