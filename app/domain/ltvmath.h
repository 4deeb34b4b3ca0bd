#pragma once

#include "decimal.h"

#include <optional>

namespace loandesk {

// The arithmetic a treasurer needs, all exact. The model (documented in the README):
//   LTV = L / (E − M)   with L liability, E net equity, M maintenance margin.
// Borrowed funds land in the credit account's margin wallet as a stablecoin with no haircut,
// so a borrow of B adds B to both L and E; a repay of R from that wallet removes R from both.
// A uniform collateral fall of d scales E and M by (1 − d).
namespace LtvMath {

constexpr int Places = 8; // ratios and amounts are rounded half-even to 8 places

std::optional<Decimal> ltv(const Decimal &liability, const Decimal &netEquity,
                           const Decimal &maintenance);

// Fraction (0..1) by which collateral can fall uniformly before LTV reaches `target`:
// d = 1 − LTV / target. 0 when already at or past it; nullopt when LTV is undefined.
std::optional<Decimal> collateralDropTo(const Decimal &liability, const Decimal &netEquity,
                                        const Decimal &maintenance, const Decimal &target);

// Repay amount (from the credit account's margin wallet) that brings LTV down to `target`:
// R = (L − T(E − M)) / (1 − T), rounded up to 8 places; 0 when already at or below target.
// nullopt when the target cannot be reached that way (T ≥ 1 or the result exceeds L).
std::optional<Decimal> repayToReach(const Decimal &liability, const Decimal &netEquity,
                                    const Decimal &maintenance, const Decimal &target);

// LTV after borrowing `amount` (positive) or repaying it (negative), with an optional uniform
// collateral shock applied first (e.g. −0.2 for a 20 % fall).
std::optional<Decimal> projectedLtv(const Decimal &liability, const Decimal &netEquity,
                                    const Decimal &maintenance, const Decimal &borrowed,
                                    const Decimal &shock = Decimal());

// Largest borrow that keeps LTV ≤ `initial`: B = (I(E − M) − L) / (1 − I), rounded down.
Decimal maxBorrowable(const Decimal &liability, const Decimal &netEquity,
                      const Decimal &maintenance, const Decimal &initial);

} // namespace LtvMath
} // namespace loandesk
