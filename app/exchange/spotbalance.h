#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk {

// One asset of a sub-account's spot wallet as GET /sapi/v4/sub-account/assets reports it:
// quantities of the asset, not USD.
struct SpotBalance {
    QString asset;
    Decimal free;
    Decimal locked;
    Decimal freeze;      // zero when the reply leaves it out
    Decimal withdrawing; // zero when the reply leaves it out

    bool operator==(const SpotBalance &) const = default;
};

} // namespace loandesk
