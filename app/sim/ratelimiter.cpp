#include "ratelimiter.h"

namespace loandesk::sim {

namespace {

constexpr qint64 WindowMs = 60000;

qint64 secondsUntil(qint64 fromMs, qint64 toMs) {
    return std::max<qint64>(1, (toMs - fromMs + 999) / 1000);
}

} // namespace

qint64 RateLimiter::limit(Kind kind) {
    switch (kind) {
    case Kind::Ip:
        return 12000;
    case Kind::Uid:
        return 180000;
    case Kind::Api:
        return 6000;
    }
    return 0;
}

void RateLimiter::setBanPolicy(bool enabled, int banAfter, qint64 banMs) {
    m_banEnabled = enabled;
    m_banAfter = std::max(1, banAfter);
    m_banMs = banMs;
}

void RateLimiter::reset() {
    m_buckets.clear();
    m_violations = 0;
    m_violationWindow = -1;
    m_bannedUntilMs = 0;
}

RateLimiter::Charge RateLimiter::charge(const QByteArray &endpoint, Kind kind, int weight,
                                        const QString &apiKey, qint64 nowMs) {
    Charge result;
    QByteArray bucketKey;
    switch (kind) {
    case Kind::Ip:
        result.header = "X-SAPI-USED-IP-WEIGHT-1M";
        bucketKey = "ip " + endpoint;
        break;
    case Kind::Uid:
        result.header = "X-SAPI-USED-UID-WEIGHT-1M";
        bucketKey = "uid " + endpoint + ' ' + apiKey.toUtf8();
        break;
    case Kind::Api:
        result.header = "X-MBX-USED-WEIGHT-1M";
        bucketKey = "api";
        break;
    }
    const qint64 window = nowMs / WindowMs;
    Bucket &bucket = m_buckets[bucketKey];
    if (bucket.window != window)
        bucket = Bucket{window, 0};

    if (nowMs < m_bannedUntilMs) {
        result.used = bucket.used;
        result.retryAfterSeconds = secondsUntil(nowMs, m_bannedUntilMs);
        result.error = SimError::make(-1003,
                                      QStringLiteral("Way too much request weight used; IP banned "
                                                     "until %1. Please use WebSocket Streams for "
                                                     "live updates to avoid bans.")
                                          .arg(m_bannedUntilMs),
                                      418);
        return result;
    }
    if (bucket.used + weight <= limit(kind)) {
        bucket.used += weight;
        result.used = bucket.used;
        return result;
    }

    result.used = bucket.used;
    result.retryAfterSeconds = secondsUntil(nowMs, (window + 1) * WindowMs);
    result.error = SimError::make(-1003,
                                  QStringLiteral("Too much request weight used; current limit is "
                                                 "%1 request weight per 1 MINUTE. Please use "
                                                 "WebSocket Streams for live updates to avoid "
                                                 "polling the API.")
                                      .arg(limit(kind)),
                                  429);
    if (m_violationWindow != window) {
        m_violationWindow = window;
        m_violations = 0;
    }
    if (m_banEnabled && ++m_violations > m_banAfter) {
        // Repeated requests while limited: the ban starts now and this request already gets it.
        m_bannedUntilMs = nowMs + m_banMs;
        m_violations = 0;
        result.retryAfterSeconds = secondsUntil(nowMs, m_bannedUntilMs);
        result.error->httpStatus = 418;
        result.error->msg = QStringLiteral("Way too much request weight used; IP banned until "
                                           "%1. Please use WebSocket Streams for live updates "
                                           "to avoid bans.")
                                .arg(m_bannedUntilMs);
    }
    return result;
}

} // namespace loandesk::sim
