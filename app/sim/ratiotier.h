#pragma once

#include "domain/decimal.h"

#include <QList>

#include <optional>

namespace loandesk::sim {

// One slice of a simulated collateral-ratio table: USD value in [floor, cap) counts at `rate`.
// The top tier has no cap. Deliberately the simulator's own type (not app/collateral's), so the
// client's tier arithmetic is checked against an independent implementation.
struct RatioTier {
    Decimal floor;
    std::optional<Decimal> cap;
    Decimal rate;
};

using RatioTable = QList<RatioTier>;

} // namespace loandesk::sim
