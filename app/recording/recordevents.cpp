#include "recordevents.h"

#include <QStringList>

#include <algorithm>

namespace loandesk::RecordEvents {

std::optional<HistoryEvent> fromBorrowRepay(qint64 groupId, const BorrowRepayRecord &r) {
    if (r.status == BorrowRepayRecord::Status::Failed)
        return std::nullopt;
    HistoryEvent e;
    e.groupId = groupId;
    e.timeMs = r.timestampMs;
    e.endMs = r.timestampMs;
    QList<std::pair<QString, QString>> fields{{QStringLiteral("tx"), QString::number(r.tranId)},
                                              {QStringLiteral("asset"), r.asset},
                                              {QStringLiteral("amount"), r.amount.toString()}};
    switch (r.type) {
    case BorrowRepayRecord::Type::Borrow:
        e.kind = HistoryEvent::Kind::Borrow;
        break;
    case BorrowRepayRecord::Type::NormalRepay:
    case BorrowRepayRecord::Type::ForceRepay:
        e.kind = r.type == BorrowRepayRecord::Type::ForceRepay ? HistoryEvent::Kind::ForceRepay
                                                               : HistoryEvent::Kind::Repay;
        if (r.principal.isValid())
            fields.append({QStringLiteral("principal"), r.principal.toString()});
        if (r.interest.isValid())
            fields.append({QStringLiteral("interest"), r.interest.toString()});
        break;
    }
    e.detail = HistoryEvent::makeDetail(fields);
    return e;
}

HistoryEvent fromInterest(qint64 groupId, const InterestRecord &r) {
    HistoryEvent e;
    e.groupId = groupId;
    e.timeMs = r.timestampMs;
    e.endMs = r.timestampMs;
    e.kind = HistoryEvent::Kind::Interest;
    e.detail = HistoryEvent::makeDetail({{QStringLiteral("asset"), r.asset},
                                         {QStringLiteral("amount"), r.interest.toString()},
                                         {QStringLiteral("principal"), r.principal.toString()},
                                         {QStringLiteral("rate"), r.interestRate.toString()}});
    return e;
}

HistoryEvent fromLiquidation(qint64 groupId, const LiquidationRecord &r) {
    HistoryEvent e;
    e.groupId = groupId;
    e.timeMs = r.startTimeMs;
    e.endMs = std::max(r.endTimeMs, r.startTimeMs);
    e.kind = HistoryEvent::Kind::Liquidation;
    // The liabilities it settled: the amount a user asks about first.
    QStringList assets;
    for (const Liability &l : r.liabilities)
        assets << l.asset;
    QList<std::pair<QString, QString>> fields{{QStringLiteral("asset"), assets.join(u',')}};
    fields.append({QStringLiteral("amount"), r.totalLiability.toString()});
    fields.append({QStringLiteral("startLtv"), r.startLtv.toString()});
    fields.append({QStringLiteral("netEquity"), r.totalNetEquity.toString()});
    e.detail = HistoryEvent::makeDetail(fields);
    return e;
}

} // namespace loandesk::RecordEvents
