#pragma once

#include <QByteArray>
#include <QDateTime>

namespace loandesk {

// How long a 429 or 418 asks us to wait. The value is the exchange's, read from a header we do
// not control: an absurd one ("99999999999", a date years away) must not silence the desk for
// good, so every pause is capped at MaxSeconds. A longer real ban simply gets another 418 and
// another capped pause, one request per cap interval.
class RetryAfter {
public:
    static constexpr qint64 MaxSeconds = 10 * 60;

    // Retry-After as delay-seconds or an HTTP-date (RFC 9110), capped to [0, MaxSeconds];
    // `fallbackSeconds` when the header is absent, negative or unreadable.
    static qint64 seconds(const QByteArray &header, qint64 fallbackSeconds,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    // now + seconds(...), in UTC.
    static QDateTime until(const QByteArray &header, qint64 fallbackSeconds,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace loandesk
