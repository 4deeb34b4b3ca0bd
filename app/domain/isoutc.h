#pragma once

#include <QDateTime>
#include <QString>

namespace loandesk {

// The one way LoanDesk writes a moment for machines (CSV, JSON, journal evidence, logs):
// ISO 8601 in UTC with a 'Z', e.g. "2026-01-01T00:00:00.123Z". Qt 6.4 writes a QDateTime
// built with QTimeZone::utc() as "+00:00" and one with Qt::UTC as "Z"; converting with
// toUTC() first gives the 'Z' on every Qt 6 version. An invalid time gives an empty string.

// With milliseconds: the exchange stamps records and LoanDesk stamps samples in ms, and two
// events in the same second must still sort and match exactly.
QString isoUtc(qint64 msSinceEpoch);
QString isoUtc(const QDateTime &t);
// Whole seconds, for a moment a person waits for (a rate-limit pause ends at a Retry-After given
// in seconds; milliseconds there are noise).
QString isoUtcSeconds(const QDateTime &t);

} // namespace loandesk
