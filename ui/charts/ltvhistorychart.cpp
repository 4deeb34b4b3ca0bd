#include "ltvhistorychart.h"

#include "common/bandstyle.h"
#include "common/historyplot.h"
#include "models/displayformat.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>

#include <limits>

namespace loandesk {

LtvHistoryChart::LtvHistoryChart(QWidget *parent)
    : HistoryChartView(parent) {
    setObjectName(QStringLiteral("ltvHistoryChart"));
    setAccessibleName(tr("LTV history"));
}

void LtvHistoryChart::setBands(const LtvBands &bands) {
    if (bands == m_bands)
        return;
    m_bands = bands;
    setSeries(series());
}

QString LtvHistoryChart::yTitle() const {
    return tr("LTV");
}

std::pair<double, double>
LtvHistoryChart::addData(const QList<QList<HistorySeries::Bucket>> &runs) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    const QColor color = HistoryPlot::ltvColor(isDark());
    // The view's width overstates the plot's a little, so this errs towards drawing all four
    // points of a bucket.
    const HistorySeries &s = series();
    const double pxPerMs =
        double(std::max(width(), 1)) / double(std::max<qint64>(s.toMs - s.fromMs, 1));
    bool first = true;
    for (const auto &run : runs) {
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("ltv"));
        line->setName(tr("LTV"));
        line->setPen(QPen(color, 1.6));
        // A lone sample is a dot, not nothing.
        line->setPointsVisible(run.size() == 1 && run.first().ltvMax == run.first().ltvMin);
        attachPoints(line, HistoryPlot::ltvPoints(run, pxPerMs, &lo, &hi));
        if (!first)
            hideFromLegend(line);
        first = false;
    }
    return HistoryPlot::ltvRange(lo, hi, m_bands);
}

void LtvHistoryChart::addDecorations(double, double) {
    const HistorySeries &s = series();
    const double span = double(std::max<qint64>(s.toMs - s.fromMs, 1));
    // Wide enough to stay drawn while the user pans (a pan fetches a new window, and the lines
    // are redrawn with it), short enough that Qt still dashes them: a dashed line many times
    // the view's width is drawn solid.
    const double from = double(s.fromMs) - 3 * span;
    const double to = double(s.toMs) + 3 * span;
    for (const LtvBand band : HistoryPlot::bandLines()) {
        const Decimal level = m_bands.threshold(band);
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("band-") + ltvBandKey(band));
        line->setName(tr("%1 %2").arg(BandStyle::thresholdName(band), DisplayFormat::ltv(level)));
        // The dashboard's colours, each with its own dash pattern; liquidation solid and wider.
        const qreal width = band == LtvBand::Liquidation ? 2.0 : 1.4;
        QPen pen(BandStyle::lineColor(band, isDark()), width, BandStyle::linePattern(band));
        pen.setCosmetic(true); // the same dashes at every zoom
        line->setPen(pen);
        line->append(from, level.toDouble());
        line->append(to, level.toDouble());
        attach(line);
    }
}

QString LtvHistoryChart::readoutFor(const HistorySeries::Bucket &b) const {
    QStringList lines;
    const QString last = DisplayFormat::drawnPercent(b.ltvLast);
    if (b.count > 1 && b.ltvMin != b.ltvMax)
        lines << tr("LTV %1 (%2 – %3 in this interval)")
                     .arg(last, DisplayFormat::drawnPercent(b.ltvMin),
                          DisplayFormat::drawnPercent(b.ltvMax));
    else
        lines << tr("LTV %1").arg(last);
    const auto equity = Decimal::fromString(b.netEquityText);
    const auto liability = Decimal::fromString(b.liabilityText);
    lines << tr("Net equity %1").arg(DisplayFormat::usd(equity.value_or(Decimal::invalid())));
    lines << tr("Liability %1").arg(DisplayFormat::usd(liability.value_or(Decimal::invalid())));
    return lines.join(u'\n');
}

} // namespace loandesk
