#pragma once

#include <QString>

#include <optional>

namespace loandesk {

// What a records view asks the exchange for, besides the page. Unset times leave the exchange's
// defaults (the last 7 days); the exchange rejects spans over 100 days with no rows.
struct RecordsFilter {
    std::optional<qint64> groupId; // unset: the credit key's own unit
    QString asset;                 // borrow/repay only; empty: every asset
    std::optional<qint64> startTimeMs;
    std::optional<qint64> endTimeMs;

    bool operator==(const RecordsFilter &) const = default;
};

} // namespace loandesk
