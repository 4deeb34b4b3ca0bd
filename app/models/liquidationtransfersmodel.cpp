#include "liquidationtransfersmodel.h"

#include "collateraltreemodel.h"
#include "displayformat.h"

namespace loandesk {

LiquidationTransfersModel::LiquidationTransfersModel(QObject *parent)
    : PagedRecordsModel(parent) {}

Pending LiquidationTransfersModel::send(ExchangeClient *client, int page, int size) {
    // The endpoint takes no groupId: the credit key's own unit is implied.
    return client->fetchLiquidationTransfers(
        filter().startTimeMs, filter().endTimeMs, page, size, this,
        [this, page](const Result<Page<LiquidationTransferRecord>> &r) {
            deliver(page, r, [this](const Page<LiquidationTransferRecord> &p) {
                m_rows.clear();
                m_liquidations = int(p.rows.size());
                for (const LiquidationTransferRecord &record : p.rows) {
                    for (const LiquidationTransferRecord::Transfer &t : record.transfers) {
                        for (const LiquidationTransferRecord::Asset &a : t.assets)
                            m_rows.append({record.liquidationId, t, a});
                    }
                }
            });
        });
}

void LiquidationTransfersModel::clearRecords() {
    m_rows.clear();
    m_liquidations = 0;
}

QString LiquidationTransfersModel::header(int column) const {
    switch (Column(column)) {
    case Liquidation:
        return tr("Liquidation");
    case Time:
        return tr("Time");
    case FromUid:
        return tr("From UID");
    case FromAccount:
        return tr("From wallet");
    case ToUid:
        return tr("To UID");
    case ToAccount:
        return tr("To wallet");
    case Asset:
        return tr("Asset");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<Decimal> LiquidationTransfersModel::amount(int row, int column) const {
    return column == Amount ? std::optional(m_rows.at(row).asset.amount) : std::nullopt;
}

QString LiquidationTransfersModel::text(int row, int column) const {
    const Row &r = m_rows.at(row);
    switch (Column(column)) {
    case Liquidation:
        return QString::number(r.liquidationId);
    case Time:
        return timeText(r.transfer.timeMs);
    case FromUid:
        return r.transfer.fromUid;
    case FromAccount:
        return walletTypeName(r.transfer.fromType);
    case ToUid:
        return r.transfer.toUid;
    case ToAccount:
        return walletTypeName(r.transfer.toType);
    case Asset:
        return r.asset.asset;
    case Amount:
        return DisplayFormat::amount(r.asset.amount);
    case Status:
        return r.transfer.status == u"CONFIRM" ? tr("Confirmed") : r.transfer.status;
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray LiquidationTransfersModel::toCsv() const {
    QByteArray out =
        csvLine({QStringLiteral("liquidation_id"), QStringLiteral("time_utc"),
                 QStringLiteral("from_uid"), QStringLiteral("from_account_type"),
                 QStringLiteral("to_uid"), QStringLiteral("to_account_type"),
                 QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("status")});
    for (const Row &r : m_rows) {
        out += csvLine({QString::number(r.liquidationId), isoUtc(r.transfer.timeMs),
                        r.transfer.fromUid, walletTypeToWire(r.transfer.fromType), r.transfer.toUid,
                        walletTypeToWire(r.transfer.toType), r.asset.asset,
                        r.asset.amount.toString(), r.transfer.status});
    }
    return out;
}

} // namespace loandesk
