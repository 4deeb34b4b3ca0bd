#include "triggertext.h"

#include "models/pricetriggertext.h"

namespace loandesk {

// The dashboard's wording and rounding (models/PriceTriggerText: prices rounded up, falls down,
// so a printed cushion is never larger than the real one), so a report and the screen agree.
QString TriggerText::price(const PriceTrigger &t, LtvBand band) {
    const std::optional<Decimal> price = t.price(band);
    if (!price)
        return QStringLiteral("—");
    const std::optional<Decimal> fall = t.fall(band);
    return fall ? QStringLiteral("%1 (%2)").arg(PriceTriggerText::price(*price),
                                                PriceTriggerText::fall(*fall))
                : PriceTriggerText::price(*price);
}

QString TriggerText::line(const PriceTrigger &t) {
    for (const LtvBand band :
         {LtvBand::MarginCall, LtvBand::Liquidation, LtvBand::AboveInitial, LtvBand::Warning}) {
        if (t.price(band))
            return PriceTriggerText::assetLine(t, band);
    }
    return tr("%1: no price of this asset alone reaches a band").arg(t.asset);
}

} // namespace loandesk
