#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace loandesk {

// Something worth a marker on the history chart: detected by LoanDesk (band crossings, gaps in
// its own recording, the clock going backwards) or taken from the exchange's records.
struct HistoryEvent {
    // Append only: the keys are stored. Repay is a normal repay, ForceRepay one the exchange made
    // during a liquidation; Interest is one hourly interest charge.
    enum class Kind {
        BandCrossing,
        Gap,
        ClockBackwards,
        Borrow,
        Repay,
        Liquidation,
        ForceRepay,
        Interest
    };

    qint64 groupId = 0;
    qint64 timeMs = 0;
    qint64 endMs = 0; // for gaps: when data resumed; otherwise equal to timeMs
    Kind kind = Kind::BandCrossing;
    QString detail; // machine-readable, e.g. "normal>warning"; ui/ turns it into text

    static QString kindKey(Kind kind); // stable names stored in the database
    static std::optional<Kind> kindFromKey(const QString &key);
    // Events from the exchange's records carry their figures as "key=value;key=value" (exact
    // decimal strings, the exchange's transaction id as "tx"). The detail is part of the unique
    // key, so the same record always yields the same text and is stored once.
    static QString makeDetail(const QList<std::pair<QString, QString>> &fields);
    QHash<QString, QString> detailFields() const;

    bool operator==(const HistoryEvent &) const = default;
};

} // namespace loandesk
