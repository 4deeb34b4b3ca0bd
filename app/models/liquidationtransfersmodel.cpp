#include "liquidationtransfersmodel.h"

#include "collateraltreemodel.h"

namespace loandesk {

LiquidationTransfersModel::LiquidationTransfersModel(QObject *parent)
    : RecordsTableModel(columnTable(), parent) {}

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
    RecordsTableModel::clearRecords();
    m_liquidations = 0;
}

const LiquidationTransfersModel::Columns &LiquidationTransfersModel::columnTable() {
    using R = Row;
    static const Columns table = {
        {QT_TR_NOOP("Liquidation"), "liquidation_id",
         [](const R &r) { return QString::number(r.liquidationId); },
         [](const R &r) { return QString::number(r.liquidationId); }},
        {QT_TR_NOOP("Time"), "time_utc", [](const R &r) { return timeText(r.transfer.timeMs); },
         [](const R &r) { return isoUtc(r.transfer.timeMs); }},
        {QT_TR_NOOP("From UID"), "from_uid", [](const R &r) { return r.transfer.fromUid; },
         [](const R &r) { return r.transfer.fromUid; }},
        {QT_TR_NOOP("From wallet"), "from_account_type",
         [](const R &r) { return walletTypeName(r.transfer.fromType); },
         [](const R &r) { return walletTypeToWire(r.transfer.fromType); }},
        {QT_TR_NOOP("To UID"), "to_uid", [](const R &r) { return r.transfer.toUid; },
         [](const R &r) { return r.transfer.toUid; }},
        {QT_TR_NOOP("To wallet"), "to_account_type",
         [](const R &r) { return walletTypeName(r.transfer.toType); },
         [](const R &r) { return walletTypeToWire(r.transfer.toType); }},
        {QT_TR_NOOP("Asset"), "asset", [](const R &r) { return r.asset.asset; },
         [](const R &r) { return r.asset.asset; }},
        {QT_TR_NOOP("Amount"), "amount", nullptr,
         [](const R &r) { return r.asset.amount.toString(); },
         [](const R &r) { return std::optional(r.asset.amount); }, FigureKind::Quantity,
         [](const R &r) { return r.asset.asset; }},
        {QT_TR_NOOP("Status"), "status",
         [](const R &r) {
             return r.transfer.status == u"CONFIRM" ? tr("Confirmed") : r.transfer.status;
         },
         [](const R &r) { return r.transfer.status; }},
    };
    Q_ASSERT(table.size() == ColumnCount);
    return table;
}

} // namespace loandesk
