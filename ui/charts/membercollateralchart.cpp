#include "membercollateralchart.h"

#include "seriespalette.h"

#include "models/collateraltreemodel.h"
#include "models/displayformat.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QPen>

namespace loandesk {

MemberCollateralChart::MemberCollateralChart(QWidget *parent)
    : HistoryChartView(parent) {
    setObjectName(QStringLiteral("memberCollateralChart"));
    setAccessibleName(tr("Collateral by member"));
}

void MemberCollateralChart::setMemberSeries(const HistoryMemberSeries &members,
                                            const QList<HistoryEvent> &events) {
    m_members = members;
    m_bucketAt.clear();
    // The base class draws time, gaps, markers and the readout from a HistorySeries: give it
    // the buckets' times; the values stay here.
    HistorySeries shape;
    shape.groupId = members.groupId;
    shape.fromMs = members.fromMs;
    shape.toMs = members.toMs;
    shape.gaps = members.gaps;
    shape.events = events;
    shape.error = members.error;
    for (qsizetype i = 0; i < members.buckets.size(); ++i) {
        const HistoryMemberSeries::Bucket &m = members.buckets.at(i);
        HistorySeries::Bucket b;
        b.firstMs = m.firstMs;
        b.lastMs = m.lastMs;
        b.endMs = m.endMs;
        b.count = 1;
        shape.buckets.append(b);
        m_bucketAt.insert(m.lastMs, i);
    }
    setSeries(shape);
}

void MemberCollateralChart::setMaskEmails(bool mask) {
    if (mask == m_mask)
        return;
    m_mask = mask;
    setSeries(series()); // renames the legend
}

QString MemberCollateralChart::memberName(int index) const {
    const QString email = m_members.members.value(index);
    return m_mask ? CollateralTreeModel::maskEmail(email) : email;
}

QString MemberCollateralChart::yTitle() const {
    return tr("Net equity");
}

std::pair<double, double>
MemberCollateralChart::addData(const QList<QList<HistorySeries::Bucket>> &runs) {
    const qsizetype n = m_members.members.size();
    if (n == 0)
        return {0, 1};
    // Member k spans cumulative[k-1]..cumulative[k]; member 0 sits on the axis.
    QList<QList<QPointF>> edges(n);
    double hi = 0;
    // Appends the stack's edges at `x`.
    auto put = [&](double x, const QList<double> &cumulative) {
        for (qsizetype k = 0; k < n; ++k)
            edges[k].append({x, cumulative.at(k)});
    };
    const QList<double> zero(n, 0.0);
    bool firstRun = true;
    for (const auto &run : runs) {
        for (qsizetype i = 0; i < run.size(); ++i) {
            const HistorySeries::Bucket &b = run.at(i);
            const qsizetype at = m_bucketAt.value(b.lastMs, -1);
            if (at < 0)
                continue;
            QList<double> cumulative(n);
            double sum = 0;
            for (qsizetype k = 0; k < n; ++k) {
                sum += std::max(0.0, m_members.buckets.at(at).netEquity.value(k).toDouble());
                cumulative[k] = sum;
            }
            hi = std::max(hi, sum);
            // Across a gap the stack drops to zero: nothing was recorded there.
            if (i == 0 && !firstRun)
                put(double(b.firstMs), zero);
            put(double(b.firstMs), cumulative);
            if (b.endMs > b.firstMs)
                put(double(b.endMs), cumulative); // the bucket's value holds until its end
            if (i == run.size() - 1)
                put(double(std::max(b.endMs, b.firstMs)), zero);
        }
        firstRun = false;
    }
    const bool dark = isDark();
    for (qsizetype k = 0; k < n; ++k) {
        auto *upper = new QLineSeries;
        auto *lower = k > 0 ? new QLineSeries : nullptr; // the member below's top edge
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        if (lower)
            lower->setParent(area);
        area->setObjectName(QStringLiteral("member"));
        area->setName(memberName(int(k)));
        area->setColor(SeriesPalette::fill(int(k), dark));
        area->setBorderColor(SeriesPalette::line(int(k), dark));
        area->setPen(QPen(SeriesPalette::line(int(k), dark), 1.2));
        attach(area);
        // Filled once the axes have their ranges: see attachPoints().
        fillAfterRanges(upper, edges.at(k));
        if (lower)
            fillAfterRanges(lower, edges.at(k - 1));
    }
    return {0, hi > 0 ? hi : 1};
}

QString MemberCollateralChart::readoutFor(const HistorySeries::Bucket &bucket) const {
    const qsizetype at = m_bucketAt.value(bucket.lastMs, -1);
    if (at < 0)
        return {};
    const QList<Decimal> &values = m_members.buckets.at(at).netEquity;
    QStringList lines;
    Decimal total = Decimal::fromInt(0);
    // Top of the stack first, as the areas are drawn.
    for (qsizetype k = m_members.members.size() - 1; k >= 0; --k) {
        const Decimal v = values.value(k, Decimal::fromInt(0));
        total += v;
        lines << tr("%1: %2").arg(memberName(int(k)), DisplayFormat::usd(v));
    }
    lines << tr("Total %1").arg(DisplayFormat::usd(total));
    return lines.join(u'\n');
}

} // namespace loandesk
