#pragma once

#include "decimal.h"

#include <QString>

namespace loandesk {

// Outstanding loan in one asset (ltv-details `liabilities[]`).
struct Liability {
    QString asset;
    Decimal principal;
    Decimal interest;

    Decimal total() const { return principal + interest; }
    bool operator==(const Liability &) const = default;
};

} // namespace loandesk
