#pragma once

#include "domain/decimal.h"

#include <optional>

namespace loandesk {

// One slice of an exchange collateral-ratio table: USD value in [floorUsd, capUsd) counts at
// `rate`. The top tier has no cap. Ratio tables are applied as marginal slices (progressive, like
// income-tax brackets): the exchange's FAQ example values 6,000 BTC at 20,000 under 100 % up to
// 100 M and 97.5 % above as 100 M × 1 + 20 M × 0.975 = 119.5 M.
struct CollateralTier {
    Decimal floorUsd;
    std::optional<Decimal> capUsd;
    Decimal rate;
    bool operator==(const CollateralTier &) const = default;
};

} // namespace loandesk
