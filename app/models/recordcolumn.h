#pragma once

#include "domain/decimal.h"

#include <QString>

#include <optional>

namespace loandesk {

// One column of a records table, said once: its header, what a cell shows, the exact value
// behind a numeric cell, and its CSV field. A cell with an exact value is right-aligned and
// carries it in DecimalRole (for sorting and sums); the CSV field is exact and machine-readable
// where the cell is formatted for reading. Adding a column is one entry in the model's table.
template <typename Row> struct RecordColumn {
    const char *header;  // QT_TR_NOOP in the model's class, translated when shown
    const char *csvName; // the CSV header field
    // What the cell shows; nullptr: the exact value, formatted with at least `places` decimals
    // (blank when there is none).
    QString (*text)(const Row &);
    QString (*csv)(const Row &);
    std::optional<Decimal> (*amount)(const Row &) = nullptr;
    int places = 2;
};

} // namespace loandesk
