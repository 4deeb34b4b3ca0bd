#include "triggertext.h"

#include "models/displayformat.h"
#include "models/riskunitlistmodel.h"

namespace loandesk {

QString TriggerText::price(const PriceTrigger &t, LtvBand band) {
    const std::optional<Decimal> price = t.price(band);
    if (!price)
        return QStringLiteral("—");
    const std::optional<Decimal> fall = t.fall(band);
    // U+2212: a minus sign, not a hyphen, as in the dashboard's distances.
    return fall ? QStringLiteral("%1 (\u2212%2)")
                      .arg(DisplayFormat::usd(*price), DisplayFormat::percent(*fall))
                : DisplayFormat::usd(*price);
}

QString TriggerText::line(const PriceTrigger &t) {
    for (const LtvBand band :
         {LtvBand::MarginCall, LtvBand::Liquidation, LtvBand::AboveInitial, LtvBand::Warning}) {
        if (t.price(band))
            return tr("%1 %2 → %3").arg(t.asset, price(t, band), bandName(int(band)).toLower());
    }
    return tr("%1: no price of this asset alone reaches a band").arg(t.asset);
}

} // namespace loandesk
