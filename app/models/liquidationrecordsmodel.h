#pragma once

#include "pagedrecordsmodel.h"

#include "domain/liquidationrecord.h"

namespace loandesk {

// Forced-liquidation records (API doc 2.10): one row per liquidation with the figures at its
// start; the members' snapshot is the tooltip. GUI thread.
class LiquidationRecordsModel final : public PagedRecordsModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiquidationRecordsModel)

public:
    enum Column {
        Started,
        Ended,
        Unit,
        StartLtv,
        EndLtv,
        NetEquity,
        MaintenanceMargin,
        Liability,
        Liabilities,
        ColumnCount
    };

    explicit LiquidationRecordsModel(QObject *parent = nullptr);

    const LiquidationRecord &recordAt(int row) const { return m_rows.at(row); }
    QByteArray toCsv() const override;
    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new LiquidationRecordsModel(parent);
        return m;
    }

protected:
    Pending send(ExchangeClient *client, int page, int size) override;
    void clearRecords() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString text(int row, int column) const override;
    std::optional<Decimal> amount(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    QList<LiquidationRecord> m_rows;
};

} // namespace loandesk
