#pragma once

#include "decimal.h"

#include <QString>

#include <optional>

namespace loandesk {

enum class WalletType { Spot, CrossMargin, PortfolioMargin };

// Wire names: SPOT, CROSS_MARGIN, PORTFOLIO_MARGIN.
QString walletTypeToWire(WalletType type);
std::optional<WalletType> walletTypeFromWire(QStringView text);

// One wallet of a risk-unit member as reported by ltv-details.
struct Wallet {
    WalletType type = WalletType::Spot;
    Decimal netEquity;
    Decimal maintainMargin;

    bool operator==(const Wallet &) const = default;
};

} // namespace loandesk
