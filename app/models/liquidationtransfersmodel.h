#pragma once

#include "recordstablemodel.h"

#include "domain/liquidationtransferrecord.h"

namespace loandesk {

// One table row of LiquidationTransfersModel: one asset of one transfer of one liquidation.
struct LiquidationTransferRow {
    qint64 liquidationId = 0;
    LiquidationTransferRecord::Transfer transfer;
    LiquidationTransferRecord::Asset asset;
};

// Forced-liquidation transfer records (API doc 2.11). The exchange pages by liquidation; each
// table row is one asset of one transfer, so a page may show more rows than its size.
// GUI thread.
class LiquidationTransfersModel final : public RecordsTableModel<LiquidationTransferRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiquidationTransfersModel)

public:
    enum Column {
        Liquidation,
        Time,
        FromUid,
        FromAccount,
        ToUid,
        ToAccount,
        Asset,
        Amount,
        Status,
        ColumnCount
    };
    using Row = LiquidationTransferRow;

    explicit LiquidationTransfersModel(QObject *parent = nullptr);

    const Row &rowAt(int row) const { return recordAt(row); }
    int liquidationCount() const { return m_liquidations; } // on this page
    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new LiquidationTransfersModel(parent);
        return m;
    }

protected:
    Pending send(ExchangeClient *client, int page, int size) override;
    void clearRecords() override;

private:
    static const Columns &columnTable();

    int m_liquidations = 0;
};

} // namespace loandesk
