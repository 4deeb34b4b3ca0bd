#pragma once

#include "decimal.h"

#include <QString>

#include <optional>

namespace loandesk {

// Where an LTV stands relative to a unit's thresholds, from safest to worst. Undefined means
// the unit has no positive equity above maintenance margin and is treated as critical.
enum class LtvBand { Normal, Warning, AboveInitial, MarginCall, Liquidation, Undefined };

QString ltvBandKey(LtvBand band); // stable machine name for dumps: "normal", "margin_call", …

// Thresholds come from each institution's credit agreement; the exchange publishes none.
// Defaults follow the product notes: warning 0.75, initial 0.80, margin call 0.90,
// liquidation 1.00.
struct LtvBands {
    Decimal warning = Decimal::fromScaled(75, 2);
    Decimal initial = Decimal::fromScaled(8, 1);
    Decimal marginCall = Decimal::fromScaled(9, 1);
    Decimal liquidation = Decimal::fromInt(1);

    // Thresholds must be positive and strictly increasing.
    bool isValid() const;
    LtvBand classify(const std::optional<Decimal> &ltv) const;
    Decimal threshold(LtvBand band) const;

    bool operator==(const LtvBands &) const = default;
};

} // namespace loandesk
