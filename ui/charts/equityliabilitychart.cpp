#include "equityliabilitychart.h"

#include "models/displayformat.h"

#include <QLineSeries>
#include <QPen>

#include <limits>

namespace loandesk {

EquityLiabilityChart::EquityLiabilityChart(QWidget *parent)
    : HistoryChartView(parent) {
    setObjectName(QStringLiteral("equityLiabilityChart"));
    setAccessibleName(tr("Net equity and liability history"));
}

QString EquityLiabilityChart::yTitle() const {
    return tr("Amount");
}

std::pair<double, double>
EquityLiabilityChart::addData(const QList<QList<HistorySeries::Bucket>> &runs) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    const QColor equityColor = isDark() ? QColor(0x4F, 0xC3, 0x9B) : QColor(0x00, 0x9E, 0x73);
    const QColor liabilityColor = QColor(0xD5, 0x5E, 0x00);
    bool first = true;
    for (const auto &run : runs) {
        auto *equity = new QLineSeries;
        auto *liability = new QLineSeries;
        equity->setObjectName(QStringLiteral("netEquity"));
        liability->setObjectName(QStringLiteral("liability"));
        equity->setName(tr("Net equity"));
        liability->setName(tr("Liability"));
        equity->setPen(QPen(equityColor, 1.6));
        liability->setPen(QPen(liabilityColor, 1.6));
        QList<QPointF> equityPoints;
        QList<QPointF> liabilityPoints;
        equityPoints.reserve(run.size());
        liabilityPoints.reserve(run.size());
        for (const HistorySeries::Bucket &b : run) {
            equityPoints.append({double(b.lastMs), b.netEquityLast});
            liabilityPoints.append({double(b.lastMs), b.liabilityLast});
            lo = std::min({lo, b.netEquityLast, b.liabilityLast});
            hi = std::max({hi, b.netEquityLast, b.liabilityLast});
        }
        for (QLineSeries *s : {equity, liability}) {
            QList<QPointF> &points = s == equity ? equityPoints : liabilityPoints;
            s->setPointsVisible(points.size() <= 2);
            attachPoints(s, std::move(points));
            if (!first)
                hideFromLegend(s);
        }
        first = false;
    }
    if (!std::isfinite(lo))
        return {0, 1};
    return {std::min(lo, 0.0), hi}; // from zero: the ratio between the two lines is the message
}

QString EquityLiabilityChart::readoutFor(const HistorySeries::Bucket &b) const {
    const auto equity = Decimal::fromString(b.netEquityText);
    const auto liability = Decimal::fromString(b.liabilityText);
    return tr("Net equity %1\nLiability %2\nLTV %3")
        .arg(DisplayFormat::usd(equity.value_or(Decimal::invalid())),
             DisplayFormat::usd(liability.value_or(Decimal::invalid())),
             DisplayFormat::drawnPercent(b.ltvLast));
}

} // namespace loandesk
