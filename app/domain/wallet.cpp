#include "wallet.h"

namespace loandesk {

QString walletTypeToWire(WalletType type) {
    switch (type) {
    case WalletType::Spot:
        return QStringLiteral("SPOT");
    case WalletType::CrossMargin:
        return QStringLiteral("CROSS_MARGIN");
    case WalletType::PortfolioMargin:
        return QStringLiteral("PORTFOLIO_MARGIN");
    }
    return {};
}

std::optional<WalletType> walletTypeFromWire(QStringView text) {
    if (text.compare(u"SPOT", Qt::CaseInsensitive) == 0)
        return WalletType::Spot;
    if (text.compare(u"CROSS_MARGIN", Qt::CaseInsensitive) == 0)
        return WalletType::CrossMargin;
    if (text.compare(u"PORTFOLIO_MARGIN", Qt::CaseInsensitive) == 0)
        return WalletType::PortfolioMargin;
    return std::nullopt;
}

} // namespace loandesk
