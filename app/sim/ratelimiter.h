#pragma once

#include "simerror.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace loandesk::sim {

// Request weight per fixed one-minute window (API notes 6.4): each IP-weighted /sapi endpoint
// has its own 12 000 per IP, each UID-weighted one 180 000 per account (here: per API key),
// and /api/* shares 6 000 per IP. The simulator sees one IP (loopback). Going over → 429 with
// Retry-After until the window ends; after `banAfter` such rejections within one window the
// "IP" is banned with 418 for `banMs` (configurable, since the docs disagree whether /sapi
// escalates to bans).
class RateLimiter {
public:
    enum class Kind { Ip, Uid, Api };

    struct Charge {
        QByteArray header; // X-SAPI-USED-IP-WEIGHT-1M, …-UID-…, or X-MBX-USED-WEIGHT-1M
        qint64 used = 0;
        std::optional<SimError> error; // 429 or 418
        qint64 retryAfterSeconds = 0;
    };

    Charge charge(const QByteArray &endpoint, Kind kind, int weight, const QString &apiKey,
                  qint64 nowMs);

    void setBanPolicy(bool enabled, int banAfter, qint64 banMs);
    void reset();

    static qint64 limit(Kind kind);

private:
    struct Bucket {
        qint64 window = -1;
        qint64 used = 0;
    };

    QHash<QByteArray, Bucket> m_buckets;
    bool m_banEnabled = true;
    int m_banAfter = 5;
    qint64 m_banMs = 120000;
    qint64 m_violationWindow = -1;
    int m_violations = 0;
    qint64 m_bannedUntilMs = 0;
};

} // namespace loandesk::sim
