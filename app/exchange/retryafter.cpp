#include "retryafter.h"

#include <algorithm>

namespace loandesk {

qint64 RetryAfter::seconds(const QByteArray &header, qint64 fallbackSeconds, const QDateTime &now) {
    const QByteArray value = header.trimmed();
    const qint64 fallback = std::clamp<qint64>(fallbackSeconds, 0, MaxSeconds);
    if (value.isEmpty())
        return fallback;
    if (std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Too many digits for a qint64 is still "a very long time", not "unreadable".
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? std::min(n, MaxSeconds) : MaxSeconds;
    }
    // An HTTP-date ends in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return fallback;
    return std::clamp<qint64>(now.secsTo(date), 0, MaxSeconds);
}

QDateTime RetryAfter::until(const QByteArray &header, qint64 fallbackSeconds,
                            const QDateTime &now) {
    return now.toUTC().addSecs(seconds(header, fallbackSeconds, now));
}

} // namespace loandesk
