#include "wallettypename.h"

#include <QCoreApplication>

namespace loandesk {

QString walletTypeName(WalletType type) {
    switch (type) {
    case WalletType::Spot:
        return QCoreApplication::translate("WalletType", "Spot");
    case WalletType::CrossMargin:
        return QCoreApplication::translate("WalletType", "Cross Margin");
    case WalletType::PortfolioMargin:
        return QCoreApplication::translate("WalletType", "Portfolio Margin");
    }
    return {};
}

} // namespace loandesk
