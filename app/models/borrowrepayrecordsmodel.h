#pragma once

#include "recordstablemodel.h"

#include "domain/borrowrepayrecord.h"

namespace loandesk {

// Borrow/repay records (API doc 2.8). The exchange filters by BORROW or REPAY, so the model
// shows one kind at a time; repay pages hold NORMAL_REPAY and FORCE_REPAY rows. GUI thread.
class BorrowRepayRecordsModel final : public RecordsTableModel<BorrowRepayRecord> {
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

    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new BorrowRepayRecordsModel(parent);
        m->setRepays(m_repays);
        return m;
    }
    static QString typeName(BorrowRepayRecord::Type type);
    static QString statusName(BorrowRepayRecord::Status status);

protected:
    Pending send(ExchangeClient *client, int page, int size) override;

private:
    static const Columns &columnTable();

    bool m_repays = false;
};

} // namespace loandesk
