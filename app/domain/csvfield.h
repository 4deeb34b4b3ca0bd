#pragma once

#include <QByteArray>
#include <QString>

namespace loandesk {

// One RFC 4180 cell, shared by every CSV LoanDesk writes (state, records, audit journal).
class CsvField {
public:
    // UTF-8, quoted when needed, and guarded against spreadsheet formula injection.
    static QByteArray encode(const QString &text, bool freeText = false);
};

} // namespace loandesk
