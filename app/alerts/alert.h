#pragma once

#include "domain/decimal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace loandesk {

// One alert AlertEngine raised: which unit (0 for the feed as a whole), what happened, the
// value and threshold involved and when. The core keeps it as data; ui/ words it.
struct Alert {
    enum class Kind {
        LtvWarning,          // LTV reached the warning level
        MarginCall,          // LTV reached the margin-call level
        LiquidationImminent, // LTV near the liquidation level (or undefined with a liability)
        LtvEscalation,       // above margin call and still rising
        FeedDown,            // dead-man: no fresh data for N minutes
        Paused,              // the exchange paused us (429 rate limit or 418 ban)
        LtvDisagreement,     // the exchange's LTV and ours differ
        ForcedLiquidation,   // a new forced-liquidation record
    };
    enum class Severity { Notice, Warning, Critical };

    qint64 id = 0; // assigned by AlertLog
    Kind kind = Kind::LtvWarning;
    qint64 groupId = 0;
    std::optional<Decimal> value; // the LTV that triggered it; none when undefined
    Decimal threshold = Decimal::invalid();
    QDateTime raisedAt; // UTC
    QString detail;     // technical context for logs, e.g. the error kind; no secrets
    QDateTime acknowledgedAt;
    QString note;

    Severity severity() const;
    bool isAcknowledged() const { return acknowledgedAt.isValid(); }

    static QString kindKey(Kind kind); // "margin_call", … for the log and the command hook
    static QString severityKey(Severity severity);
    QJsonObject toJson() const;
    static std::optional<Alert> fromJson(const QJsonObject &json);
};

} // namespace loandesk

Q_DECLARE_METATYPE(loandesk::Alert)
