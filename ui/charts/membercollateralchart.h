#pragma once

#include "historychartview.h"

#include "storage/historymemberseries.h"

#include <QHash>

namespace loandesk {

// Each member's net equity over time as a stacked area (the top edge is the unit's collateral
// net equity), from the store's decimated per-member series. Gaps drop to zero under the grey
// hatch, so a period without data never reads as a flat line. Colours come from SeriesPalette;
// the legend names members by email, masked when the dashboard masks them.
class MemberCollateralChart final : public HistoryChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberCollateralChart)

public:
    explicit MemberCollateralChart(QWidget *parent = nullptr);

    // `events`: the markers to draw (the LTV chart's, for the same window).
    void setMemberSeries(const HistoryMemberSeries &series, const QList<HistoryEvent> &events);
    const HistoryMemberSeries &memberSeries() const { return m_members; }
    void setMaskEmails(bool mask);
    QString memberName(int index) const;

protected:
    std::pair<double, double> addData(const QList<QList<HistorySeries::Bucket>> &runs) override;
    QString readoutFor(const HistorySeries::Bucket &bucket) const override;
    QString yTitle() const override;

private:
    HistoryMemberSeries m_members;
    QHash<qint64, qsizetype> m_bucketAt; // lastMs → index in m_members.buckets
    bool m_mask = false;
};

} // namespace loandesk
