#include "actionorder.h"

namespace loandesk {

bool ActionOrder::isValid() const {
    const bool knownAsset = asset == QLatin1String("USDT") || asset == QLatin1String("USDC");
    return groupId > 0 && knownAsset && amount.isValid() && amount.isPositive() &&
           amount.scale() <= 8;
}

QString ActionOrder::repayFromName() const {
    if (action != AuditEntry::Action::Repay)
        return {};
    return repayFrom == RepayRequest::From::Spot ? QStringLiteral("SPOT")
                                                 : QStringLiteral("MARGIN");
}

} // namespace loandesk
