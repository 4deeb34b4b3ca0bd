#pragma once

#include "pagedrecordsmodel.h"

#include "domain/liquidationtransferrecord.h"

namespace loandesk {

// Forced-liquidation transfer records (API doc 2.11). The exchange pages by liquidation; each
// table row is one asset of one transfer, so a page may show more rows than its size.
// GUI thread.
class LiquidationTransfersModel final : public PagedRecordsModel {
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
    struct Row {
        qint64 liquidationId = 0;
        LiquidationTransferRecord::Transfer transfer;
        LiquidationTransferRecord::Asset asset;
    };

    explicit LiquidationTransfersModel(QObject *parent = nullptr);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int liquidationCount() const { return m_liquidations; } // on this page
    QByteArray toCsv() const override;
    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new LiquidationTransfersModel(parent);
        return m;
    }

protected:
    Pending send(ExchangeClient *client, int page, int size) override;
    void clearRecords() override;
    int recordCount() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString text(int row, int column) const override;
    std::optional<Decimal> amount(int row, int column) const override;

private:
    QList<Row> m_rows;
    int m_liquidations = 0;
};

} // namespace loandesk
