#pragma once

#include "domain/decimal.h"

#include <QString>

#include <optional>

namespace loandesk {

// One column of a records table, said once: its header, what a cell shows, the exact value
// behind a numeric cell, and its CSV field. A cell with an exact value is right-aligned and
// carries it in DecimalRole (for sorting and sums); the CSV field is exact and machine-readable
// where the cell is formatted for reading. Adding a column is one entry in the model's table.
// How a numeric cell without its own text shows its exact value (DisplayFormat's rules): a
// USD-valued figure, a ratio as a percentage, a quantity of the row's asset, or every digit (a
// rate, whose precision is its own).
enum class FigureKind { Usd, Ratio, Quantity, Exact };

template <typename Row> struct RecordColumn {
    const char *header;  // QT_TR_NOOP in the model's class, translated when shown
    const char *csvName; // the CSV header field
    // What the cell shows; nullptr: the exact value formatted as `kind` says (blank when there
    // is none).
    QString (*text)(const Row &);
    QString (*csv)(const Row &);
    std::optional<Decimal> (*amount)(const Row &) = nullptr;
    FigureKind kind = FigureKind::Usd;
    QString (*asset)(const Row &) = nullptr; // for FigureKind::Quantity
};

} // namespace loandesk
