#include "riskunit.h"

#include "ltvmath.h"

namespace loandesk {

Decimal RiskUnit::memberNetEquity() const {
    Decimal sum;
    for (const CollateralAccount &m : members)
        sum += m.netEquity();
    return sum;
}

Decimal RiskUnit::memberMaintenanceMargin() const {
    Decimal sum;
    for (const CollateralAccount &m : members)
        sum += m.maintainMargin();
    return sum;
}

Decimal RiskUnit::liabilitySum() const {
    Decimal sum;
    for (const Liability &l : liabilities)
        sum += l.total();
    return sum;
}

std::optional<Decimal> RiskUnit::computedLtv() const {
    return LtvMath::ltv(totalLiability, totalNetEquity, totalMaintenanceMargin);
}

bool RiskUnit::ltvDisagrees() const {
    const std::optional<Decimal> mine = computedLtv();
    if (!mine)
        return ltv.isValid() && ltv.isPositive() && ltv < Decimal::fromInt(1);
    // The reported string has `scale` places (e.g. "0.592"); it may be rounded or truncated,
    // so allow one unit in its last place, and never less than 0.001.
    const Decimal tolerance =
        Decimal::max(Decimal::fromScaled(1, ltv.scale()), Decimal::fromScaled(1, 3));
    return (*mine - ltv).abs() > tolerance;
}

const CollateralAccount *RiskUnit::creditMember() const {
    for (const CollateralAccount &m : members) {
        if (m.role == MemberRole::Credit)
            return &m;
    }
    return nullptr;
}

} // namespace loandesk
