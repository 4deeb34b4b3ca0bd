#pragma once

#include "recordstablemodel.h"

#include "domain/interestrecord.h"

namespace loandesk {

// Interest history (API doc 2.9): one row per hourly interest charge. GUI thread.
class InterestHistoryModel final : public RecordsTableModel<InterestRecord> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestHistoryModel)

public:
    enum Column { Time, Unit, Asset, Principal, HourlyRate, Interest, ColumnCount };

    explicit InterestHistoryModel(QObject *parent = nullptr);

    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new InterestHistoryModel(parent);
        return m;
    }

protected:
    Pending send(ExchangeClient *client, int page, int size) override;

private:
    static const Columns &columnTable();
};

} // namespace loandesk
