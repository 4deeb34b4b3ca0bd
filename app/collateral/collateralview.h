#pragma once

#include "collateralratios.h"
#include "pricetrigger.h"
#include "unitcomposition.h"

#include "domain/ltvbands.h"

#include <QList>
#include <QMap>

#include <optional>

namespace loandesk {

// One unit's collateral as the dashboard, reports and dump read it: its composition and the
// trigger prices and joint falls derived from it. A value, copied freely; built by CollateralState
// after every change.
struct CollateralView {
    UnitComposition composition;
    QList<PriceTrigger> triggers;
    // jointFalls.value(band): the fall of all non-stable assets together that reaches `band`.
    QMap<LtvBand, std::optional<Decimal>> jointFalls;
    bool isValued() const { return composition.coverage != UnitComposition::Coverage::Unavailable; }
};

} // namespace loandesk
