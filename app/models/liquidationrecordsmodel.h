#pragma once

#include "recordstablemodel.h"

#include "domain/liquidationrecord.h"

namespace loandesk {

// Forced-liquidation records (API doc 2.10): one row per liquidation with the figures at its
// start; the members' snapshot is the tooltip. GUI thread.
class LiquidationRecordsModel final : public RecordsTableModel<LiquidationRecord> {
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

    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new LiquidationRecordsModel(parent);
        return m;
    }

protected:
    Pending send(ExchangeClient *client, int page, int size) override;
    QString toolTip(int row, int column) const override;

private:
    static const Columns &columnTable();
};

} // namespace loandesk
