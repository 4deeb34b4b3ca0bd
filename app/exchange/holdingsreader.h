#pragma once

#include "crossmarginaccount.h"
#include "portfoliobalance.h"
#include "spotbalance.h"

#include "collateral/walletholdings.h"

#include <QList>
#include <QString>

namespace loandesk {

// Turns the exchange's raw balances into what a wallet holds and owes per asset, the input of
// the composition. Quantities that come to zero are left out; an asset listed twice is summed.
// The result is `available`; `fetchedAt` is left for the caller, who knows when it asked.
// Pure functions, any thread.
class HoldingsReader {
public:
    // held = free, or free + locked with `countLocked`. ltv-details counts "available" spot
    // assets (the ZH wording), which reads as free only; that is inferred, not documented,
    // hence the switch (README).
    static WalletHoldings spotHoldings(const QString &email, const QList<SpotBalance> &balances,
                                       bool countLocked = false);
    // held = free + locked, owed = borrowed + interest.
    static WalletHoldings crossMarginHoldings(const QString &email,
                                              const CrossMarginAccount &account);
    // Per asset E_a = crossMarginFree + crossMarginLocked − crossMarginBorrowed −
    // crossMarginInterest + umWalletBalance + umUnrealizedPNL + cmWalletBalance +
    // cmUnrealizedPNL (the modelling form of API doc 4, "PM equity"); E_a > 0 is held, E_a < 0
    // is owed (as a positive quantity).
    static WalletHoldings portfolioHoldings(const QString &email,
                                            const QList<PortfolioBalance> &balances);

    static Decimal portfolioEquity(const PortfolioBalance &balance);
};

} // namespace loandesk
