#pragma once

#include <QByteArray>
#include <QDateTime>

namespace loandesk {

class MonitorState;

// CSV of the current state for spreadsheets: UTF-8, comma-separated, RFC 4180 quoting, amounts
// exactly as received (never rounded), times in ISO 8601 UTC.
class CsvExport {
public:
    // One row per wallet of every unit: unit, as-of, member, role, wallet, net equity, margin.
    static QByteArray collateral(const MonitorState &state, bool maskEmails);
    // One row per unit with its key figures, reported and computed LTV, and band.
    static QByteArray keyFigures(const MonitorState &state);
};

} // namespace loandesk
