#pragma once

#include "auditentry.h"

#include "domain/borrowrepayrecord.h"

#include <QList>
#include <QString>

#include <functional>

namespace loandesk {

// Which of the exchange's borrow-repay records is the outcome of a journaled action whose answer
// was lost. Borrow and repay carry no client id, so a record is only claimed for sure when it is
// the one row that fits and nothing casts doubt on it; otherwise it is a candidate that a person
// must check (another desk on the same unit can send the same order).
struct RecordMatch {
    enum class Kind {
        None,      // no record fits
        Sure,      // exactly one fits, after the submit, within the grace period, at the amount
        Ambiguous, // `record` is the best candidate, but `doubt` says why it cannot be claimed
    };

    Kind kind = Kind::None;
    BorrowRepayRecord record;
    int candidates = 0; // rows in the tier the candidate was chosen from
    QString doubt;      // English, for the journal; empty unless Ambiguous

    // A row fits when it is confirmed, of the action's type (a repay: NORMAL_REPAY) and asset,
    // not claimed by another action of this journal, recorded no earlier than the submit less
    // `clockToleranceMs`, and of the amount: a borrow exactly, a repay at most the requested
    // amount (the exchange repays min(available, requested)). Rows of the requested amount are
    // preferred over smaller repays; among them, the one nearest the submit time is the
    // candidate. It is Ambiguous when several rows are in that tier, when it repaid less than
    // requested, when it was recorded before the submit, or after `graceEndMs` (later than the
    // exchange is expected to execute an order, so more likely someone else's).
    static RecordMatch find(const AuditEntry &entry, qint64 submitMs, qint64 graceEndMs,
                            qint64 clockToleranceMs, const QList<BorrowRepayRecord> &rows,
                            const std::function<bool(const QString &tranId)> &claimed);

    // Whether `row` is of the kind of record `action` leaves (BORROW, or NORMAL_REPAY).
    static bool isOwnType(AuditEntry::Action action, BorrowRepayRecord::Type type);
};

} // namespace loandesk
