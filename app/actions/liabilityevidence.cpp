#include "liabilityevidence.h"

namespace loandesk {

namespace {

QString signedText(const Decimal &d) {
    return d.isNegative() ? d.toString() : QStringLiteral("+") + d.toString();
}

} // namespace

LiabilityEvidence LiabilityEvidence::judge(const AuditEntry &entry, qint64 submitMs,
                                           const Decimal &before, const Decimal &now,
                                           const QList<BorrowRepayRecord> &rows) {
    const bool borrow = entry.action == AuditEntry::Action::Borrow;
    LiabilityEvidence e;
    e.before = before;
    e.now = now;
    for (const BorrowRepayRecord &row : rows) {
        if (row.status != BorrowRepayRecord::Status::Confirmed || row.asset != entry.asset)
            continue;
        const bool rowIsBorrow = row.type == BorrowRepayRecord::Type::Borrow;
        if (row.timestampMs < submitMs && rowIsBorrow == borrow)
            continue;
        e.recorded = rowIsBorrow ? e.recorded + row.amount : e.recorded - row.amount;
    }
    e.unexplained = now - before - e.recorded;
    // A borrow that executed adds its whole amount on top of everything else; a repay that
    // executed takes something off.
    e.rulesOut = e.unexplained.isValid() && entry.requestedAmount.isValid() &&
                 (borrow ? e.unexplained < entry.requestedAmount : !e.unexplained.isNegative());
    return e;
}

QString LiabilityEvidence::describe() const {
    return QStringLiteral("totalLiability before %1, now %2 (records explain %3, unexplained %4)")
        .arg(before.toString(), now.toString(), signedText(recorded), signedText(unexplained));
}

} // namespace loandesk
