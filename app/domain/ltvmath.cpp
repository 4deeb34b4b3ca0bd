#include "ltvmath.h"

namespace loandesk::LtvMath {

namespace {
// A function, not a namespace-scope constant: static initialization order across files is
// unspecified, and this must never be read before it exists.
Decimal one() {
    return Decimal::fromInt(1);
}
} // namespace

std::optional<Decimal> ltv(const Decimal &liability, const Decimal &netEquity,
                           const Decimal &maintenance) {
    const Decimal denominator = netEquity - maintenance;
    if (!denominator.isPositive() || !liability.isValid())
        return std::nullopt;
    return liability.dividedBy(denominator, Places);
}

std::optional<Decimal> collateralDropTo(const Decimal &liability, const Decimal &netEquity,
                                        const Decimal &maintenance, const Decimal &target) {
    const std::optional<Decimal> now = ltv(liability, netEquity, maintenance);
    if (!now || !target.isPositive())
        return std::nullopt;
    const Decimal drop = one() - now->dividedBy(target, Places);
    return drop.isNegative() ? Decimal() : drop;
}

std::optional<Decimal> repayToReach(const Decimal &liability, const Decimal &netEquity,
                                    const Decimal &maintenance, const Decimal &target) {
    if (!target.isValid() || target.isNegative() || target >= one())
        return std::nullopt;
    const Decimal excess = liability - target * (netEquity - maintenance);
    if (!excess.isPositive())
        return Decimal();
    const Decimal repay = excess.dividedBy(one() - target, Places, Decimal::Rounding::Up);
    if (repay > liability)
        return std::nullopt;
    return repay;
}

std::optional<Decimal> projectedLtv(const Decimal &liability, const Decimal &netEquity,
                                    const Decimal &maintenance, const Decimal &borrowed,
                                    const Decimal &shock) {
    const Decimal factor = one() + shock;
    if (factor.isNegative())
        return std::nullopt;
    return ltv(liability + borrowed, netEquity * factor + borrowed, maintenance * factor);
}

Decimal maxBorrowable(const Decimal &liability, const Decimal &netEquity,
                      const Decimal &maintenance, const Decimal &initial) {
    if (!initial.isPositive() || initial >= one())
        return Decimal();
    const Decimal room = initial * (netEquity - maintenance) - liability;
    if (!room.isPositive())
        return Decimal();
    return room.dividedBy(one() - initial, Places, Decimal::Rounding::Down);
}

} // namespace loandesk::LtvMath
