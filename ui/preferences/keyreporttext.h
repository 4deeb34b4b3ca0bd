#pragma once

#include "session/keyinspector.h"

#include <QString>

namespace loandesk {

// Says in words what the connected keys can see, e.g. "This parent key sees 3 risk units;
// borrowing needs the credit key (units 10001, 10002)."
QString keyReportText(const KeyReport &report);

} // namespace loandesk
