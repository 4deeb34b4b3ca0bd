#pragma once

#include "domain/riskunit.h"

#include <QDateTime>
#include <QTimeZone>

namespace loandesk {

// The last good report of one risk unit and when LoanDesk received it.
struct UnitStatus {
    RiskUnit unit;
    QDateTime fetchedAt; // UTC, when our poll returned it
    QDateTime exchangeTime() const {
        return QDateTime::fromMSecsSinceEpoch(unit.updateTimeMs, QTimeZone::utc());
    }
};

} // namespace loandesk
