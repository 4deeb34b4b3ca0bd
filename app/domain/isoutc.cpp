#include "isoutc.h"

#include <QTimeZone>

namespace loandesk {

QString isoUtc(qint64 msSinceEpoch) {
    return isoUtc(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()));
}

QString isoUtc(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString isoUtcSeconds(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace loandesk
