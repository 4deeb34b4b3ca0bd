#pragma once

#include "collateral/pricetrigger.h"

#include <QCoreApplication>
#include <QString>

namespace loandesk {

// How a trigger price reads wherever LoanDesk prints one (PDF, PNG snapshot):
// "BTC 71,420.00 (−23.6 %) → margin call".
class TriggerText {
    Q_DECLARE_TR_FUNCTIONS(TriggerText)

public:
    // "71,420.00 (−23.6 %)"; "—" where this asset alone cannot reach `band`.
    static QString price(const PriceTrigger &trigger, LtvBand band);
    // The nearest band a treasurer acts on: margin call, else liquidation, initial, warning.
    static QString line(const PriceTrigger &trigger);
};

} // namespace loandesk
