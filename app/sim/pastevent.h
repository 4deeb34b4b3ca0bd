#pragma once

#include "domain/decimal.h"

#include <QString>

namespace loandesk::sim {

// One step of PastReplay's scripted story (SCENARIOS.md, "The month before the start"). Loan
// events act on the unit's main liability asset through SimEngine's own borrow and repay, so
// their records are the exchange's; funds that move in or out of the unit around them are
// deposits and withdrawals, which no loan endpoint records.
struct PastEvent {
    enum class Kind {
        Borrow,      // borrow `amount`; it stays in the credit account's margin wallet
        BorrowOut,   // borrow `amount` and withdraw it from the unit (the loan is used)
        Repay,       // repay every interest owed plus `amount` of principal, from the wallet
        RepayIn,     // the same, with the funds deposited first
        PayInterest, // repay `amount` of interest only, from the wallet (the last event)
        Restore,     // after the forced liquidation: the collateral is deposited again
        Dip,         // the market falls and recovers around timeMs; the unit's exact LTV
                     // reaches `amount` at the bottom (the depth is solved when it starts)
    };

    qint64 timeMs = 0;
    qint64 groupId = 0;
    Kind kind = Kind::Borrow;
    QString asset;
    Decimal amount;
    qint64 halfWidthMs = 0; // Dip only
};

} // namespace loandesk::sim
