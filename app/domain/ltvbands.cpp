#include "ltvbands.h"

namespace loandesk {

QString ltvBandKey(LtvBand band) {
    switch (band) {
    case LtvBand::Normal:
        return QStringLiteral("normal");
    case LtvBand::Warning:
        return QStringLiteral("warning");
    case LtvBand::AboveInitial:
        return QStringLiteral("above_initial");
    case LtvBand::MarginCall:
        return QStringLiteral("margin_call");
    case LtvBand::Liquidation:
        return QStringLiteral("liquidation");
    case LtvBand::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

bool LtvBands::isValid() const {
    return warning.isPositive() && warning < initial && initial < marginCall &&
           marginCall < liquidation;
}

LtvBand LtvBands::classify(const std::optional<Decimal> &ltv) const {
    if (!ltv || !ltv->isValid() || ltv->isNegative())
        return LtvBand::Undefined;
    if (*ltv >= liquidation)
        return LtvBand::Liquidation;
    if (*ltv >= marginCall)
        return LtvBand::MarginCall;
    if (*ltv > initial)
        return LtvBand::AboveInitial;
    if (*ltv >= warning)
        return LtvBand::Warning;
    return LtvBand::Normal;
}

Decimal LtvBands::threshold(LtvBand band) const {
    switch (band) {
    case LtvBand::Warning:
        return warning;
    case LtvBand::AboveInitial:
        return initial;
    case LtvBand::MarginCall:
        return marginCall;
    case LtvBand::Liquidation:
        return liquidation;
    case LtvBand::Normal:
    case LtvBand::Undefined:
        break;
    }
    return Decimal::invalid();
}

} // namespace loandesk
