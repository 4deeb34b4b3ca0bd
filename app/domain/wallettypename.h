#pragma once

#include "wallet.h"

#include <QString>

namespace loandesk {

// The wallet's name as the user reads it ("Cross Margin"), translated; walletTypeToWire() gives
// the exchange's spelling.
QString walletTypeName(WalletType type);

} // namespace loandesk
