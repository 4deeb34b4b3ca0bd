#pragma once

#include "auditentry.h"

#include <QByteArray>
#include <QString>

namespace loandesk {

// The audit journal's fields, listed once: the chain hash reads them in this order and the CSV
// export takes its columns from the same list, so a field cannot be added to one and forgotten
// in the other. The hashed form of rows already written must never change (the test freezes
// it): new fields go at the end, hashed only from a new row format on. Pure; any thread.
namespace AuditFields {

// The bytes one row's hash covers: every hashed field of its row format, as text in a JSON
// array, so no separator inside a message can make two different rows hash alike.
QByteArray canonical(const AuditEntry &entry);
// SHA-256 hex of the previous row's hash followed by this row's canonical bytes.
QString chainHash(const QString &previous, const AuditEntry &entry);

// RFC 4180, machine-readable: UTC ISO times, exact amounts, state names, the row's hash.
QByteArray csvHeader();
QByteArray csvRow(const AuditEntry &entry);

} // namespace AuditFields

} // namespace loandesk
