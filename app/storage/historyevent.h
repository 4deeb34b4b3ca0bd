#pragma once

#include <QString>

#include <optional>

namespace loandesk {

// Something worth a marker on the history chart: detected by LoanDesk (band crossings, gaps in
// its own recording, the clock going backwards) or taken from the exchange's records.
struct HistoryEvent {
    enum class Kind { BandCrossing, Gap, ClockBackwards, Borrow, Repay, Liquidation };

    qint64 groupId = 0;
    qint64 timeMs = 0;
    qint64 endMs = 0; // for gaps: when data resumed; otherwise equal to timeMs
    Kind kind = Kind::BandCrossing;
    QString detail; // machine-readable, e.g. "normal>warning"; ui/ turns it into text

    static QString kindKey(Kind kind); // stable names stored in the database
    static std::optional<Kind> kindFromKey(const QString &key);

    bool operator==(const HistoryEvent &) const = default;
};

} // namespace loandesk
