#pragma once

#include "historychartview.h"

#include "storage/historytriggersample.h"

#include <QHash>

namespace loandesk {

// One asset's recorded price against the prices of that asset alone that bring the unit to each
// band (warning, initial, margin call, liquidation), so the desk sees the cushion shrink as the
// price falls or the trigger rises. A trigger line breaks where that asset alone could not
// reach the band; gaps and event markers come from the unit's LTV series for the same window.
class TriggerHistoryChart final : public HistoryChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerHistoryChart)

public:
    explicit TriggerHistoryChart(QWidget *parent = nullptr);

    // `ltv`: the LTV series of the same window (its gaps and events are drawn here too).
    void setTriggerSeries(const HistoryTriggerSeries &triggers, const HistorySeries &ltv);
    void setAsset(const QString &asset);
    QString asset() const { return m_asset; }
    const HistoryTriggerSeries &triggerSeries() const { return m_triggers; }

protected:
    std::pair<double, double> addData(const QList<QList<HistorySeries::Bucket>> &runs) override;
    QString readoutFor(const HistorySeries::Bucket &bucket) const override;
    QString yTitle() const override;

private:
    void reshape();

    HistoryTriggerSeries m_triggers;
    HistorySeries m_ltv;
    QString m_asset;
    QHash<qint64, qsizetype> m_sampleAt; // time → index in m_triggers.samples (this asset)
};

} // namespace loandesk
