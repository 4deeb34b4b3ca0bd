#include "ltvchartpainter.h"

#include "common/bandstyle.h"
#include "common/historyplot.h"
#include "models/displayformat.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace loandesk {

namespace {

const QColor Shade(0xE9, 0xE9, 0xE9);
const QColor Hatch(0xC4, 0xC4, 0xC4);
const QColor Grid(0xDD, 0xDD, 0xDD);
const QColor Frame(0x99, 0x99, 0x99);
const QColor Label(0x33, 0x33, 0x33);

// "65 %", "62.5 %": a tick's percentage with as few places as its interval needs.
QString tickLabel(double ratio, double interval) {
    const double step = interval * 100;
    const int places = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
    return QLocale().toString(ratio * 100, 'f', places) + QStringLiteral(" %");
}

void paintMarker(QPainter *p, HistoryPlot::MarkerShape shape, const QPointF &at, double size) {
    const double r = size / 2;
    switch (shape) {
    case HistoryPlot::MarkerShape::Circle:
        p->drawEllipse(at, r * 0.8, r * 0.8);
        return;
    case HistoryPlot::MarkerShape::Triangle:
        p->drawPolygon(
            QPolygonF({at + QPointF(0, -r), at + QPointF(r, r * 0.8), at + QPointF(-r, r * 0.8)}));
        return;
    case HistoryPlot::MarkerShape::Diamond:
        p->drawPolygon(QPolygonF(
            {at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)}));
        return;
    case HistoryPlot::MarkerShape::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = M_PI / 5 * i - M_PI / 2;
            const double len = i % 2 == 0 ? r * 1.15 : r * 0.5;
            star << at + QPointF(std::cos(a) * len, std::sin(a) * len);
        }
        p->drawPolygon(star);
        return;
    }
    }
}

QString markerSymbol(HistoryPlot::MarkerShape shape) {
    switch (shape) {
    case HistoryPlot::MarkerShape::Circle:
        return QStringLiteral("●");
    case HistoryPlot::MarkerShape::Triangle:
        return QStringLiteral("▲");
    case HistoryPlot::MarkerShape::Diamond:
        return QStringLiteral("◆");
    case HistoryPlot::MarkerShape::Star:
        return QStringLiteral("★");
    }
    return {};
}

} // namespace

LtvChartPainter::LtvChartPainter(const HistorySeries &series, const LtvBands &bands)
    : m_series(series)
    , m_bands(bands) {}

QList<HistorySeries::Gap> LtvChartPainter::unrecorded() const {
    QList<HistorySeries::Gap> out = m_series.gaps;
    if (!m_series.buckets.isEmpty()) {
        const qint64 from = m_series.fromMs;
        const qint64 first = m_series.buckets.first().firstMs;
        const bool covered = std::any_of(out.cbegin(), out.cend(), [from, first](const auto &g) {
            return g.fromMs <= from && g.toMs >= first;
        });
        // A silence as long as the store's own gaps (HistoryDatabase::DefaultGapMs) counts.
        if (!covered && first - from > 30'000)
            out.prepend({from, first});
    }
    return out;
}

QList<LtvChartPainter::LegendEntry> LtvChartPainter::legend() const {
    QList<LegendEntry> out{
        {HistoryPlot::ltvColor(false), HistoryPlot::legendStroke(Qt::SolidLine), tr("LTV")}};
    for (LtvBand band : HistoryPlot::bandLines())
        out.append({BandStyle::lineColor(band, false),
                    HistoryPlot::legendStroke(BandStyle::linePattern(band)),
                    tr("%1 %2").arg(BandStyle::thresholdName(band),
                                    DisplayFormat::ltv(m_bands.threshold(band)))});
    for (const HistoryPlot::MarkerGroup &g : HistoryPlot::markerGroups(false)) {
        const bool shown =
            std::any_of(m_series.events.cbegin(), m_series.events.cend(),
                        [&g](const HistoryEvent &e) { return g.kinds.contains(e.kind); });
        if (shown)
            out.append({g.color, markerSymbol(g.shape), g.label});
    }
    if (!unrecorded().isEmpty())
        out.append(
            {Hatch, QStringLiteral("▨"), tr("Nothing recorded (LoanDesk closed or offline)")});
    return out;
}

void LtvChartPainter::paint(QPainter *p, const QRectF &rect) const {
    // Everything is sized from the chart's width, whatever the device's resolution: one unit
    // is a thousandth of it.
    const double u = rect.width() / 1000.0;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Droid Sans Fallback"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(std::max(1, int(std::lround(15 * u))));
    p->setFont(font);
    const QFontMetricsF fm(font, p->device());

    const qint64 from = m_series.fromMs;
    const qint64 to = std::max(m_series.toMs, from + 1);
    const double span = double(to - from);

    // The value range first: the axis labels' width decides where the plot starts.
    const QList<QList<HistorySeries::Bucket>> runs = HistoryPlot::runs(m_series);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    const double pxPerMs = 1000.0 / span; // in units: a bucket under 2 units is one stroke
    QList<QList<QPointF>> lines;
    for (const auto &run : runs)
        lines.append(HistoryPlot::ltvPoints(run, pxPerMs, &lo, &hi));
    const auto [yLo, yHi] = HistoryPlot::ltvRange(lo, hi, m_bands);
    const HistoryPlot::ValueAxis axis = HistoryPlot::valueAxis(yLo, yHi, 6);
    double labelWidth = 0;
    for (double v = axis.min; v <= axis.max + axis.interval / 2; v += axis.interval)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tickLabel(v, axis.interval)));

    const QRectF plot = rect.adjusted(labelWidth + 14 * u, 8 * u, -12 * u, -(fm.height() + 12 * u));
    auto xAt = [&](double ms) { return plot.left() + (ms - double(from)) / span * plot.width(); };
    auto yAt = [&](double v) {
        return plot.bottom() - (v - axis.min) / (axis.max - axis.min) * plot.height();
    };

    p->fillRect(rect, Qt::white);
    // Stretches with nothing recorded: grey, hatched, so no one reads them as a flat line.
    for (const HistorySeries::Gap &g : unrecorded()) {
        const QRectF shade(QPointF(std::max(xAt(double(g.fromMs)), plot.left()), plot.top()),
                           QPointF(std::min(xAt(double(g.toMs)), plot.right()), plot.bottom()));
        if (shade.width() <= 0)
            continue;
        p->fillRect(shade, Shade);
        p->save();
        p->setClipRect(shade);
        p->setPen(QPen(Hatch, 1.2 * u));
        const double step = 14 * u;
        for (double x = shade.left() - shade.height(); x < shade.right(); x += step)
            p->drawLine(QPointF(x, shade.bottom()), QPointF(x + shade.height(), shade.top()));
        p->restore();
    }

    // Value grid and labels, in percent.
    p->setPen(QPen(Grid, 1 * u));
    for (double v = axis.min; v <= axis.max + axis.interval / 2; v += axis.interval) {
        const double y = yAt(v);
        p->setPen(QPen(Grid, 1 * u));
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p->setPen(Label);
        p->drawText(QRectF(rect.left(), y - fm.height() / 2, labelWidth + 6 * u, fm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, tickLabel(v, axis.interval));
    }
    // Time ticks on round times of the display zone; a label never leaves the chart.
    const int maxTicks = std::max(3, int(plot.width() / (fm.horizontalAdvance(u"00:00"_qs) * 2.6)));
    for (const HistoryPlot::TimeTick &tick : HistoryPlot::timeTicks(from, to, maxTicks)) {
        const double x = xAt(double(tick.ms));
        p->setPen(QPen(Grid, 1 * u));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 4 * u));
        const double w = fm.horizontalAdvance(tick.label);
        const double left = std::clamp(x - w / 2, rect.left(), rect.right() - w);
        p->setPen(Label);
        p->drawText(QRectF(left, plot.bottom() + 6 * u, w + 2 * u, fm.height()),
                    Qt::AlignLeft | Qt::AlignTop, tick.label);
    }

    p->save();
    p->setClipRect(plot);
    // The unit's bands, each in its dashboard colour and dash pattern; liquidation wider.
    for (LtvBand band : HistoryPlot::bandLines()) {
        const double y = yAt(m_bands.threshold(band).toDouble());
        QPen pen(BandStyle::lineColor(band, false), (band == LtvBand::Liquidation ? 2.6 : 1.8) * u,
                 BandStyle::linePattern(band));
        p->setPen(pen);
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    // The LTV line, broken at every gap; a lone sample is a dot.
    const QColor ltv = HistoryPlot::ltvColor(false);
    for (const QList<QPointF> &line : std::as_const(lines)) {
        QPolygonF drawn;
        for (const QPointF &pt : line)
            drawn << QPointF(xAt(pt.x()), yAt(pt.y()));
        if (drawn.size() == 1 || (drawn.size() == 2 && drawn.first() == drawn.last())) {
            p->setPen(Qt::NoPen);
            p->setBrush(ltv);
            p->drawEllipse(drawn.first(), 4 * u, 4 * u);
            continue;
        }
        QPen pen(ltv, 3.2 * u);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(drawn);
    }
    // Markers: LoanDesk's own events on the top row, the exchange's records on the row below.
    for (const HistoryPlot::MarkerGroup &g : HistoryPlot::markerGroups(false)) {
        p->setPen(QPen(Qt::white, 1.2 * u));
        p->setBrush(g.color);
        const double y = plot.top() + plot.height() * (g.row == 0 ? 0.04 : 0.11);
        for (const HistoryEvent &e : m_series.events) {
            if (g.kinds.contains(e.kind))
                paintMarker(p, g.shape, QPointF(xAt(double(e.timeMs)), y),
                            (g.shape == HistoryPlot::MarkerShape::Circle ? 10 : 14) * u);
        }
    }
    p->restore();

    p->setPen(QPen(Frame, 1 * u));
    p->setBrush(Qt::NoBrush);
    p->drawRect(plot);
    p->restore();
}

} // namespace loandesk
