#include "borrowrepayrecordsparser.h"

#include "pagereader.h"

namespace loandesk {

namespace {

BorrowRepayRecord readRow(const JsonReader &r) {
    BorrowRepayRecord row;
    row.tranId = r.integer(u"tranId");
    row.asset = r.string(u"assetName");
    row.amount = r.decimal(u"amount");
    // Only repay rows split the amount into principal and interest.
    if (r.has(u"principal"))
        row.principal = r.decimal(u"principal");
    if (r.has(u"interest"))
        row.interest = r.decimal(u"interest");

    const QString status = r.string(u"status");
    if (status.compare(u"CONFIRM", Qt::CaseInsensitive) == 0)
        row.status = BorrowRepayRecord::Status::Confirmed;
    else if (status.compare(u"FAILED", Qt::CaseInsensitive) == 0)
        row.status = BorrowRepayRecord::Status::Failed;
    else if (!r.failed())
        r.fail(u"status", QStringLiteral("unknown status \"%1\"").arg(status));

    // REPAY is the pre-2025-12-16 name of what is now NORMAL_REPAY (the doc's example row
    // still shows it); a forced repay was not distinguishable before that date.
    const QString type = r.string(u"type");
    if (type.compare(u"BORROW", Qt::CaseInsensitive) == 0)
        row.type = BorrowRepayRecord::Type::Borrow;
    else if (type.compare(u"REPAY", Qt::CaseInsensitive) == 0 ||
             type.compare(u"NORMAL_REPAY", Qt::CaseInsensitive) == 0)
        row.type = BorrowRepayRecord::Type::NormalRepay;
    else if (type.compare(u"FORCE_REPAY", Qt::CaseInsensitive) == 0)
        row.type = BorrowRepayRecord::Type::ForceRepay;
    else if (!r.failed())
        r.fail(u"type", QStringLiteral("unknown type \"%1\"").arg(type));

    row.timestampMs = r.integer(u"timestamp");
    return row;
}

} // namespace

Result<Page<BorrowRepayRecord>> BorrowRepayRecordsParser::parse(const QJsonValue &json) {
    return readPage<BorrowRepayRecord>(json, QStringLiteral("borrow-repay"), readRow);
}

} // namespace loandesk
