#pragma once

#include "jsonreader.h"

#include "collateral/tieredratio.h"

namespace loandesk {

// Reads the collateral-ratio tiers shared by the cross-margin and Portfolio Margin ratio
// endpoints, which differ only in field names. A table is refused when it cannot mean one
// thing: a negative floor, a cap not above its floor, a rate outside 0..1, overlapping tiers,
// an uncapped tier below another one, or no tier at all. Gaps and a capped top tier are kept:
// they leave some values uncovered, which TieredRatio reports for the value that falls there.
class TierTableReader {
public:
    struct Fields {
        QStringView floor;
        QStringView cap;
        QStringView rate;
    };

    // `owner.array(field)` holds the tiers.
    static TieredRatio read(const JsonReader &owner, QStringView field, const Fields &names);

private:
    static CollateralTier readTier(const JsonReader &r, const Fields &names);
};

} // namespace loandesk
