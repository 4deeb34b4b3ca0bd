#pragma once

#include "domain/decimal.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace loandesk {

struct RiskUnit;

// One successful ltv-details poll of one risk unit as the history keeps it: exact amounts, when
// the exchange computed them and when LoanDesk fetched them. Fetch time is the time axis.
struct HistorySample {
    // One wallet of one member (credit or collateral sub-account).
    struct Member {
        QString email;
        QString role;   // "CREDIT" / "COLLATERAL"
        QString wallet; // "SPOT", "CROSS_MARGIN", "PORTFOLIO_MARGIN"
        Decimal netEquity;
        Decimal maintainMargin;
        bool operator==(const Member &) const = default;
    };

    qint64 groupId = 0;
    qint64 fetchedMs = 0;  // our clock (UTC ms) when the poll returned
    qint64 untilMs = 0;    // last fetch that saw identical figures (coalescing); ≥ fetchedMs
    qint64 exchangeMs = 0; // the exchange's updateTime
    Decimal ltvReported;
    std::optional<Decimal> ltvComputed; // nullopt when equity ≤ maintenance margin
    Decimal netEquity;
    Decimal maintenanceMargin;
    Decimal liability;
    QList<Member> members;

    static HistorySample fromUnit(const RiskUnit &unit, const QDateTime &fetchedAt);

    // The LTV drawn and bucketed: the computed one, or the exchange's when undefined.
    double ltvForDrawing() const;
    // Hash of the figures only (not the times): equal digests mean a sample may be coalesced
    // into the previous one, and lets two desks recognise the same report.
    QByteArray digest() const;

    bool operator==(const HistorySample &) const = default;
};

} // namespace loandesk
