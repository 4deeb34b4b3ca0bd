#pragma once

#include "auditentry.h"

#include "exchange/exchangeclient.h"

namespace loandesk {

// What the treasurer asked for, as the dialogs hand it to BorrowRepayService.
struct ActionOrder {
    AuditEntry::Action action = AuditEntry::Action::Borrow;
    qint64 groupId = 0;
    QString asset;
    Decimal amount;
    RepayRequest::From repayFrom = RepayRequest::From::Margin; // repays only
    std::optional<Decimal> projectedLtv;                       // as shown when confirming
    // Four-eyes: the approval token from FourEyesCheck::confirm() going in; the approver's
    // registered name coming out (the service sets it from the token, never from the caller).
    QString fourEyesToken;
    QString secondOperator;

    // The exchange takes at most 8 decimal places and a positive amount of USDT or USDC.
    bool isValid() const;
    QString repayFromName() const; // "MARGIN"/"SPOT" for repays, empty for borrows
};

} // namespace loandesk
