#pragma once

#include "pagedrecordsmodel.h"

#include "domain/interestrecord.h"

namespace loandesk {

// Interest history (API doc 2.9): one row per hourly interest charge. GUI thread.
class InterestHistoryModel final : public PagedRecordsModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestHistoryModel)

public:
    enum Column { Time, Unit, Asset, Principal, HourlyRate, Interest, ColumnCount };

    explicit InterestHistoryModel(QObject *parent = nullptr);

    const InterestRecord &recordAt(int row) const { return m_rows.at(row); }
    QByteArray toCsv() const override;
    PagedRecordsModel *cloneEmpty(QObject *parent) const override {
        auto *m = new InterestHistoryModel(parent);
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

private:
    QList<InterestRecord> m_rows;
};

} // namespace loandesk
