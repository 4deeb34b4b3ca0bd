#include "pricetriggertext.h"

#include "displayformat.h"

namespace loandesk {

QString PriceTriggerText::bandPhrase(LtvBand band) {
    switch (band) {
    case LtvBand::Warning:
        return tr("warning");
    case LtvBand::AboveInitial:
        return tr("initial LTV");
    case LtvBand::MarginCall:
        return tr("margin call");
    case LtvBand::Liquidation:
        return tr("liquidation");
    default:
        return {};
    }
}

QString PriceTriggerText::price(const Decimal &priceUsd) {
    const int places = priceUsd < Decimal::fromInt(1) ? 6 : 2;
    return DisplayFormat::fixed(priceUsd.rounded(places, Decimal::Rounding::Up), places);
}

QString PriceTriggerText::fall(const Decimal &fraction) {
    // 0.1 % steps, rounded toward the smaller fall: a risk figure never overstates the cushion.
    const Decimal shown = fraction.rounded(3, Decimal::Rounding::Down);
    return QStringLiteral("−") + DisplayFormat::percent(shown, 1);
}

QString PriceTriggerText::assetLine(const PriceTrigger &trigger, LtvBand band) {
    const std::optional<Decimal> p = trigger.price(band);
    const std::optional<Decimal> f = trigger.fall(band);
    if (!p || !f)
        return tr("%1 alone cannot reach %2").arg(trigger.asset, bandPhrase(band));
    return tr("%1 %2 (%3) → %4").arg(trigger.asset, price(*p), fall(*f), bandPhrase(band));
}

QString PriceTriggerText::jointLine(const std::optional<Decimal> &fraction, LtvBand band) {
    if (!fraction)
        return tr("All non-stable together cannot reach %1").arg(bandPhrase(band));
    return tr("All non-stable %1 → %2").arg(fall(*fraction), bandPhrase(band));
}

} // namespace loandesk
