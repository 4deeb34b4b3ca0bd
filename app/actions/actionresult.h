#pragma once

#include "actionorder.h"

#include "exchange/exchangeerror.h"

#include <QMetaType>

namespace loandesk {

// Where one action stands after an answer or a reconciliation, for the dialogs and the log.
struct ActionResult {
    qint64 intentId = 0;
    ActionOrder order;
    AuditEntry::State state = AuditEntry::State::Intent;
    QString tranId;
    std::optional<Decimal> actualAmount; // a repay pays min(available, requested)
    ExchangeError error;                 // set for Rejected and Unknown
};

} // namespace loandesk

Q_DECLARE_METATYPE(loandesk::ActionResult)
