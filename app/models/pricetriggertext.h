#pragma once

#include "collateral/pricetrigger.h"
#include "domain/decimal.h"
#include "domain/ltvbands.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace loandesk {

// The sentences that say at what price a band is reached, shared by the distance panel and
// the what-if: "BTC 71,420.00 (−23.6 %) → margin call". Prices are rounded up and falls down,
// so the cushion printed is never larger than the real one.
class PriceTriggerText {
    Q_DECLARE_TR_FUNCTIONS(PriceTriggerText)

public:
    static QString bandPhrase(LtvBand band); // "warning", "initial LTV", "margin call", …
    // A trigger price: cents above 1 USD, 6 places below (small-priced tokens).
    static QString price(const Decimal &priceUsd);
    // A fall as a positive fraction, written as a signed percentage: 0.2364 → "−23.6 %".
    static QString fall(const Decimal &fraction);
    // "BTC 71,420.00 (−23.6 %) → margin call", or that the asset alone cannot get there.
    static QString assetLine(const PriceTrigger &trigger, LtvBand band);
    // "All non-stable −18.2 % → margin call", or that a joint fall cannot get there.
    static QString jointLine(const std::optional<Decimal> &fall, LtvBand band);
};

} // namespace loandesk
