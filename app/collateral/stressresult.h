#pragma once

#include "domain/decimal.h"
#include "domain/ltvbands.h"

#include <optional>

namespace loandesk {

// The unit after a price shock (and optionally a borrow or repay).
struct StressResult {
    Decimal netEquity;
    Decimal maintenanceMargin; // held at ltv-details' figure: see StressEngine
    Decimal liability;
    std::optional<Decimal> ltv; // nullopt when equity ≤ maintenance margin
    LtvBand band = LtvBand::Undefined;
};

} // namespace loandesk
