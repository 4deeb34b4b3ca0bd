#pragma once

#include "historychartview.h"

namespace loandesk {

// Net equity against liability over time for one unit: the two sides of the LTV ratio, so a
// rising LTV can be told apart as falling collateral or growing debt.
class EquityLiabilityChart final : public HistoryChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquityLiabilityChart)

public:
    explicit EquityLiabilityChart(QWidget *parent = nullptr);

protected:
    std::pair<double, double> addData(const QList<QList<HistorySeries::Bucket>> &runs) override;
    QString readoutFor(const HistorySeries::Bucket &bucket) const override;
    QString yTitle() const override;
};

} // namespace loandesk
