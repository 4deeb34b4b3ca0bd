#include "borrowrepayrecordsmodel.h"

#include "displayformat.h"

namespace loandesk {

namespace {

QString decimalText(const Decimal &d) {
    return d.isValid() ? d.toString() : QString();
}

} // namespace

BorrowRepayRecordsModel::BorrowRepayRecordsModel(QObject *parent)
    : PagedRecordsModel(parent) {}

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

QString BorrowRepayRecordsModel::header(int column) const {
    switch (Column(column)) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Asset:
        return tr("Asset");
    case Amount:
        return tr("Amount");
    case Principal:
        return tr("Principal");
    case Interest:
        return tr("Interest");
    case Status:
        return tr("Status");
    case Transaction:
        return tr("Transaction");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<Decimal> BorrowRepayRecordsModel::amount(int row, int column) const {
    const BorrowRepayRecord &r = m_rows.at(row);
    // Only repay rows split the amount into principal and interest.
    const bool repay = r.type != BorrowRepayRecord::Type::Borrow;
    switch (column) {
    case Amount:
        return r.amount;
    case Principal:
        return repay ? std::optional(r.principal) : std::nullopt;
    case Interest:
        return repay ? std::optional(r.interest) : std::nullopt;
    default:
        return std::nullopt;
    }
}

QString BorrowRepayRecordsModel::text(int row, int column) const {
    const BorrowRepayRecord &r = m_rows.at(row);
    switch (Column(column)) {
    case Time:
        return timeText(r.timestampMs);
    case Type:
        return typeName(r.type);
    case Asset:
        return r.asset;
    case Amount:
    case Principal:
    case Interest: {
        // Borrow rows have no principal/interest split: blank, not "0".
        const std::optional<Decimal> value = amount(row, column);
        return value ? DisplayFormat::amount(*value) : QString();
    }
    case Status:
        return statusName(r.status);
    case Transaction:
        return QString::number(r.tranId);
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray BorrowRepayRecordsModel::toCsv() const {
    QByteArray out =
        csvLine({QStringLiteral("time_utc"), QStringLiteral("type"), QStringLiteral("asset"),
                 QStringLiteral("amount"), QStringLiteral("principal"), QStringLiteral("interest"),
                 QStringLiteral("status"), QStringLiteral("tran_id")});
    for (const BorrowRepayRecord &r : m_rows) {
        const bool repay = r.type != BorrowRepayRecord::Type::Borrow;
        out += csvLine({isoUtc(r.timestampMs), BorrowRepayRecord::wireName(r.type), r.asset,
                        decimalText(r.amount), repay ? decimalText(r.principal) : QString(),
                        repay ? decimalText(r.interest) : QString(),
                        r.status == BorrowRepayRecord::Status::Confirmed ? QStringLiteral("CONFIRM")
                                                                         : QStringLiteral("FAILED"),
                        QString::number(r.tranId)});
    }
    return out;
}

} // namespace loandesk
