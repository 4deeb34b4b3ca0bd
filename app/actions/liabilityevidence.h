#pragma once

#include "auditentry.h"

#include "domain/borrowrepayrecord.h"
#include "domain/decimal.h"

#include <QList>
#include <QString>

namespace loandesk {

// What the unit's total liability says about an action that no record shows. An executed borrow
// raises it by its amount; an executed repay lowers it by what it repaid. The records read over
// the same time explain the rest of the change; what they do not explain is weighed against the
// action. Hourly interest only ever raises the liability (one hour's charge is about 0.0008 % of
// the principal at the documented rate): towards "a borrow may have happened", which only makes
// a verdict wait, and, for a repay smaller than the interest charged meanwhile, towards "not
// executed". Other assets' liabilities are in the total too, and are not explained here.
struct LiabilityEvidence {
    Decimal before;        // the unit's totalLiability when the action was sent (last poll)
    Decimal now;           // as read after the records
    Decimal recorded;      // the change the records explain: borrows minus repays
    Decimal unexplained;   // now - before - recorded
    bool rulesOut = false; // the change leaves no room for the action having executed

    // `rows` are every record read (both types, the action's asset) and none is the action's own.
    // Rows after the submit count fully. Rows before it may or may not be in `before` (the last
    // poll was up to one poll interval earlier), so each counts only where that can make the
    // verdict wait: for a borrow, repays only; for a repay, borrows only.
    static LiabilityEvidence judge(const AuditEntry &entry, qint64 submitMs, const Decimal &before,
                                   const Decimal &now, const QList<BorrowRepayRecord> &rows);

    // "totalLiability before 100, now 90 (records explain -10, unexplained 0)", for the journal.
    QString describe() const;
};

} // namespace loandesk
