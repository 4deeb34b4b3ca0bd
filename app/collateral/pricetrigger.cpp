#include "pricetrigger.h"

#include "domain/ltvmath.h"

namespace loandesk {

std::optional<Decimal> PriceTrigger::price(LtvBand band) const {
    switch (band) {
    case LtvBand::Warning:
        return warningPrice;
    case LtvBand::AboveInitial:
        return initialPrice;
    case LtvBand::MarginCall:
        return marginCallPrice;
    case LtvBand::Liquidation:
        return liquidationPrice;
    case LtvBand::Normal:
    case LtvBand::Undefined:
        break;
    }
    return std::nullopt;
}

bool PriceTrigger::reached(LtvBand band) const {
    switch (band) {
    case LtvBand::Warning:
        return warningReached;
    case LtvBand::AboveInitial:
        return initialReached;
    case LtvBand::MarginCall:
        return marginCallReached;
    case LtvBand::Liquidation:
        return liquidationReached;
    case LtvBand::Normal:
    case LtvBand::Undefined:
        break;
    }
    return false;
}

std::optional<Decimal> PriceTrigger::fall(LtvBand band) const {
    if (reached(band))
        return Decimal();
    const std::optional<Decimal> target = price(band);
    if (!target || !priceUsd.isPositive())
        return std::nullopt;
    return (priceUsd - *target).dividedBy(priceUsd, LtvMath::Places);
}

} // namespace loandesk
