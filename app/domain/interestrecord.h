#pragma once

#include "decimal.h"

#include <QString>

namespace loandesk {

// One hourly interest charge (interest-history). interestRate is per hour.
struct InterestRecord {
    qint64 groupId = 0;
    QString asset;
    Decimal principal;
    Decimal interestRate;
    Decimal interest;
    qint64 timestampMs = 0;

    bool operator==(const InterestRecord &) const = default;
};

} // namespace loandesk
