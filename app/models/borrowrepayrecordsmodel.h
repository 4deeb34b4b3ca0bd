#pragma once

#include "pagedrecordsmodel.h"

#include "domain/borrowrepayrecord.h"

namespace loandesk {

// Borrow/repay records (API doc 2.8). The exchange filters by BORROW or REPAY, so the model
// shows one kind at a time; repay pages hold NORMAL_REPAY and FORCE_REPAY rows. GUI thread.
class BorrowRepayRecordsModel final : public PagedRecordsModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BorrowRepayRecordsModel)

public:
    enum Column {
        Time,
        Type,
        Asset,
        Amount,
        Principal,
        Interest,
        Status,
        Transaction,
        ColumnCount
    };

    explicit BorrowRepayRecordsModel(QObject *parent = nullptr);

    void setRepays(bool repays) { m_repays = repays; }
    bool repays() const { return m_repays; }
    const BorrowRepayRecord &recordAt(int row) const { return m_rows.at(row); }

    QByteArray toCsv() const override;
    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new BorrowRepayRecordsModel(parent);
        m->setRepays(m_repays);
        return m;
    }
    static QString typeName(BorrowRepayRecord::Type type);
    static QString statusName(BorrowRepayRecord::Status status);

protected:
    Pending send(ExchangeClient *client, int page, int size) override;
    void clearRecords() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString text(int row, int column) const override;
    std::optional<Decimal> amount(int row, int column) const override;

private:
    bool m_repays = false;
    QList<BorrowRepayRecord> m_rows;
};

} // namespace loandesk
