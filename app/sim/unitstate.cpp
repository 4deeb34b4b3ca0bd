#include "unitstate.h"

namespace loandesk::sim {

MemberHoldings *UnitState::creditMember() {
    for (MemberHoldings &member : members) {
        if (member.role == MemberRole::Credit)
            return &member;
    }
    return nullptr;
}

const MemberHoldings *UnitState::creditMember() const {
    return const_cast<UnitState *>(this)->creditMember();
}

Decimal UnitState::totalPrincipal() const {
    Decimal sum;
    for (const LiabilityState &liability : liabilities)
        sum += liability.principal;
    return sum;
}

} // namespace loandesk::sim
