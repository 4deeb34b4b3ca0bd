#pragma once

#include "historychartview.h"

#include "domain/ltvbands.h"

namespace loandesk {

// A unit's LTV over time against its bands (warning, initial, margin call, liquidation). Each
// bucket is drawn first → max → min → last at its own time, so a spike inside a bucket still
// reaches its true height whatever the zoom.
class LtvHistoryChart final : public HistoryChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LtvHistoryChart)

public:
    explicit LtvHistoryChart(QWidget *parent = nullptr);

    void setBands(const LtvBands &bands);
    LtvBands bands() const { return m_bands; }

protected:
    std::pair<double, double> addData(const QList<QList<HistorySeries::Bucket>> &runs) override;
    void addDecorations(double yMin, double yMax) override;
    QString readoutFor(const HistorySeries::Bucket &bucket) const override;
    QString yTitle() const override;

private:
    LtvBands m_bands;
};

} // namespace loandesk
