#pragma once

#include "exchange/exchangeerror.h"

#include <QString>

namespace loandesk {

// The one place that words an ExchangeError for people: every Kind, plus the exchange codes a
// treasurer is likely to meet. The core keeps errors as values; only ui/ turns them into text.
QString errorText(const ExchangeError &error);

} // namespace loandesk
