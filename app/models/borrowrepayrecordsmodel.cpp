#include "borrowrepayrecordsmodel.h"

namespace loandesk {

namespace {

QString decimalText(const Decimal &d) {
    return d.isValid() ? d.toString() : QString();
}

// Only repay rows split the amount into principal and interest; a borrow row leaves them
// blank, not "0".
bool isRepay(const BorrowRepayRecord &r) {
    return r.type != BorrowRepayRecord::Type::Borrow;
}

} // namespace

BorrowRepayRecordsModel::BorrowRepayRecordsModel(QObject *parent)
    : RecordsTableModel(columnTable(), parent) {}

Pending BorrowRepayRecordsModel::send(ExchangeClient *client, int page, int size) {
    RecordsQuery query;
    query.groupId = filter().groupId;
    query.type = m_repays ? BorrowRepayRecord::Type::NormalRepay : BorrowRepayRecord::Type::Borrow;
    query.asset = filter().asset;
    query.startTimeMs = filter().startTimeMs;
    query.endTimeMs = filter().endTimeMs;
    query.current = page;
    query.size = size;
    return client->fetchBorrowRepayRecords(
        query, this, [this, page](const Result<Page<BorrowRepayRecord>> &r) {
            deliver(page, r, [this](const Page<BorrowRepayRecord> &p) { m_rows = p.rows; });
        });
}

QString BorrowRepayRecordsModel::typeName(BorrowRepayRecord::Type type) {
    switch (type) {
    case BorrowRepayRecord::Type::Borrow:
        return tr("Borrow");
    case BorrowRepayRecord::Type::NormalRepay:
        return tr("Repay");
    case BorrowRepayRecord::Type::ForceRepay:
        return tr("Forced repay (liquidation)");
    }
    return {};
}

QString BorrowRepayRecordsModel::statusName(BorrowRepayRecord::Status status) {
    return status == BorrowRepayRecord::Status::Confirmed ? tr("Confirmed") : tr("Failed");
}

const BorrowRepayRecordsModel::Columns &BorrowRepayRecordsModel::columnTable() {
    using R = BorrowRepayRecord;
    static const Columns table = {
        {QT_TR_NOOP("Time"), "time_utc", [](const R &r) { return timeText(r.timestampMs); },
         [](const R &r) { return isoUtc(r.timestampMs); }},
        {QT_TR_NOOP("Type"), "type", [](const R &r) { return typeName(r.type); },
         [](const R &r) { return R::wireName(r.type); }},
        {QT_TR_NOOP("Asset"), "asset", [](const R &r) { return r.asset; },
         [](const R &r) { return r.asset; }},
        {QT_TR_NOOP("Amount"), "amount", nullptr, [](const R &r) { return decimalText(r.amount); },
         [](const R &r) { return std::optional(r.amount); }, FigureKind::Quantity,
         [](const R &r) { return r.asset; }},
        {QT_TR_NOOP("Principal"), "principal", nullptr,
         [](const R &r) { return isRepay(r) ? decimalText(r.principal) : QString(); },
         [](const R &r) { return isRepay(r) ? std::optional(r.principal) : std::nullopt; },
         FigureKind::Quantity, [](const R &r) { return r.asset; }},
        {QT_TR_NOOP("Interest"), "interest", nullptr,
         [](const R &r) { return isRepay(r) ? decimalText(r.interest) : QString(); },
         [](const R &r) { return isRepay(r) ? std::optional(r.interest) : std::nullopt; },
         FigureKind::Quantity, [](const R &r) { return r.asset; }},
        {QT_TR_NOOP("Status"), "status", [](const R &r) { return statusName(r.status); },
         [](const R &r) {
             return r.status == R::Status::Confirmed ? QStringLiteral("CONFIRM")
                                                     : QStringLiteral("FAILED");
         }},
        {QT_TR_NOOP("Transaction"), "tran_id", [](const R &r) { return QString::number(r.tranId); },
         [](const R &r) { return QString::number(r.tranId); }},
    };
    Q_ASSERT(table.size() == ColumnCount);
    return table;
}

} // namespace loandesk
