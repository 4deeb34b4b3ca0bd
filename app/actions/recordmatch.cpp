#include "recordmatch.h"

#include "domain/isoutc.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace loandesk {

namespace {} // namespace

bool RecordMatch::isOwnType(AuditEntry::Action action, BorrowRepayRecord::Type type) {
    return action == AuditEntry::Action::Borrow ? type == BorrowRepayRecord::Type::Borrow
                                                : type == BorrowRepayRecord::Type::NormalRepay;
}

RecordMatch RecordMatch::find(const AuditEntry &entry, qint64 submitMs, qint64 graceEndMs,
                              qint64 clockToleranceMs, const QList<BorrowRepayRecord> &rows,
                              const std::function<bool(const QString &)> &claimed) {
    const bool borrow = entry.action == AuditEntry::Action::Borrow;
    QList<BorrowRepayRecord> exact;
    QList<BorrowRepayRecord> smaller;
    for (const BorrowRepayRecord &row : rows) {
        if (row.status != BorrowRepayRecord::Status::Confirmed ||
            !isOwnType(entry.action, row.type) || row.asset != entry.asset ||
            row.timestampMs < submitMs - clockToleranceMs)
            continue;
        if (claimed && claimed(QString::number(row.tranId)))
            continue;
        if (row.amount == entry.requestedAmount)
            exact.append(row);
        else if (!borrow && row.amount.isPositive() && row.amount < entry.requestedAmount)
            smaller.append(row);
    }
    const QList<BorrowRepayRecord> &tier = exact.isEmpty() ? smaller : exact;
    RecordMatch match;
    if (tier.isEmpty())
        return match;
    // Nearest the submit, not earliest: a row just before the submit (within the clock
    // tolerance) must not win over the one right after it.
    const auto distance = [submitMs](const BorrowRepayRecord &r) {
        return qAbs(r.timestampMs - submitMs);
    };
    match.record = tier.first();
    for (const BorrowRepayRecord &row : tier) {
        if (distance(row) < distance(match.record) ||
            (distance(row) == distance(match.record) && row.tranId < match.record.tranId))
            match.record = row;
    }
    match.candidates = int(tier.size());

    QStringList doubts;
    if (tier.size() > 1)
        doubts.append(QStringLiteral("%1 records fit").arg(tier.size()));
    if (match.record.amount != entry.requestedAmount)
        doubts.append(QStringLiteral("it repaid %1 of the %2 requested, and may be another desk's")
                          .arg(match.record.amount.toString(), entry.requestedAmount.toString()));
    if (match.record.timestampMs < submitMs)
        doubts.append(QStringLiteral("it was recorded at %1, before this desk sent the order (%2)")
                          .arg(isoUtc(match.record.timestampMs), isoUtc(submitMs)));
    if (match.record.timestampMs > graceEndMs)
        doubts.append(QStringLiteral("it was recorded at %1, after the grace period (%2), and may "
                                     "be another desk's")
                          .arg(isoUtc(match.record.timestampMs), isoUtc(graceEndMs)));
    match.kind = doubts.isEmpty() ? Kind::Sure : Kind::Ambiguous;
    match.doubt = doubts.join(QStringLiteral("; "));
    return match;
}

} // namespace loandesk
