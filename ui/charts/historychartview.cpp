#include "historychartview.h"

#include "common/apptheme.h"
#include "common/bandstyle.h"
#include "common/historyplot.h"
#include "models/displayformat.h"
#include "models/displayzonenotifier.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGuiApplication>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace loandesk {

namespace {

QString labelFormat(double interval) {
    if (interval >= 1)
        return QStringLiteral("%.0f");
    return interval >= 0.1 ? QStringLiteral("%.1f") : QStringLiteral("%.2f");
}

QScatterSeries::MarkerShape scatterShape(HistoryPlot::MarkerShape shape) {
    switch (shape) {
    case HistoryPlot::MarkerShape::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case HistoryPlot::MarkerShape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case HistoryPlot::MarkerShape::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case HistoryPlot::MarkerShape::Star:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// "margin_call" → "Margin call", as the dashboard names bands.
QString bandText(const QString &key) {
    for (LtvBand band : {LtvBand::Normal, LtvBand::Warning, LtvBand::AboveInitial,
                         LtvBand::MarginCall, LtvBand::Liquidation, LtvBand::Undefined}) {
        if (ltvBandKey(band) != key)
            continue;
        if (band == LtvBand::Normal)
            return HistoryChartView::tr("Normal");
        if (band == LtvBand::Undefined)
            return HistoryChartView::tr("Undefined");
        return BandStyle::thresholdName(band);
    }
    return key;
}

// "1,200,000.00 USDT" from an event's exact amount and asset.
QString amountText(const QHash<QString, QString> &fields, const QString &amountKey) {
    const auto amount = Decimal::fromString(fields.value(amountKey));
    const QString asset = fields.value(QStringLiteral("asset"));
    return DisplayFormat::quantity(amount.value_or(Decimal::invalid()), asset) + u' ' + asset;
}

// An event from the exchange's records in words, with its time in the display zone.
QString recordText(const HistoryEvent &e) {
    const QHash<QString, QString> f = e.detailFields();
    const QString amount = amountText(f, QStringLiteral("amount"));
    const QString at =
        DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(e.timeMs, QTimeZone::utc()));
    const QString tx = f.value(QStringLiteral("tx"));
    switch (e.kind) {
    case HistoryEvent::Kind::Borrow:
        return HistoryChartView::tr("Borrowed %1 at %2 (transaction %3)").arg(amount, at, tx);
    case HistoryEvent::Kind::Repay:
        return HistoryChartView::tr("Repaid %1 at %2 (transaction %3)").arg(amount, at, tx);
    case HistoryEvent::Kind::ForceRepay:
        return HistoryChartView::tr("Forced repayment of %1 at %2 (transaction %3)")
            .arg(amount, at, tx);
    case HistoryEvent::Kind::Interest:
        return HistoryChartView::tr("Interest charged: %1 at %2").arg(amount, at);
    case HistoryEvent::Kind::Liquidation: {
        const auto ltv = Decimal::fromString(f.value(QStringLiteral("startLtv")));
        return HistoryChartView::tr("Forced liquidation from %1 to %2: liability %3, LTV %4 at "
                                    "the start")
            .arg(at,
                 DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(e.endMs, QTimeZone::utc())),
                 amount, DisplayFormat::ltv(ltv));
    }
    default:
        return {};
    }
}

} // namespace

HistoryChartView::HistoryChartView(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_x(new QCategoryAxis)
    , m_y(new QValueAxis)
    , m_readout(new QLabel(this))
    , m_legend(new QLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setRubberBand(QChartView::HorizontalRubberBand);
    // Partial updates left ghosts of the previous axis at fractional scale factors (200 %).
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_chart->setAnimationOptions(QChart::NoAnimation); // snapshots must show final values
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setVisible(false); // see updateLegend()
    m_chart->setMargins(QMargins(4, 4, 4, 26));
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setTitleVisible(false); // named in the legend line, see relabelTimeAxis()
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    // QChartView made a default chart and setChart() releases it rather than deleting it.
    QChart *unused = chart();
    setChart(m_chart);
    delete unused;
    m_readout->setObjectName(QStringLiteral("historyReadout"));
    m_readout->setAutoFillBackground(true);
    m_readout->setFrameShape(QFrame::Box);
    m_readout->setMargin(4);
    m_readout->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_readout->hide();
    m_legend->setObjectName(QStringLiteral("historyLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_windowDebounce.setSingleShot(true);
    m_windowDebounce.setInterval(200);
    connect(&m_windowDebounce, &QTimer::timeout, this,
            [this] { Q_EMIT windowChanged(qint64(m_x->min()), qint64(m_x->max())); });
    connect(m_x, &QValueAxis::rangeChanged, this, &HistoryChartView::axisMoved);
    // The time axis ticks on round times of the display zone, so a new zone means new ticks.
    connect(DisplayFormat::notifier(), &DisplayZoneNotifier::zoneChanged, this,
            [this] { relabelTimeAxis(qint64(m_x->min()), qint64(m_x->max())); });
}

bool HistoryChartView::isDark() const {
    return AppTheme::isDark(palette());
}

void HistoryChartView::setSeries(const HistorySeries &series) {
    m_series = series;
    // Every range change feeds all the panel's charts, but only the shown tab needs redrawing
    // within the frame; a chart in a hidden tab is rebuilt when it is shown. Outside a shown
    // window (tests, reports) the chart is always built at once.
    if (!isVisible() && window()->isVisible()) {
        m_stale = true;
        return;
    }
    rebuild();
}

void HistoryChartView::showEvent(QShowEvent *event) {
    if (m_stale)
        rebuild();
    QChartView::showEvent(event);
}

int HistoryChartView::yTicks() const {
    return std::clamp(height() / (3 * fontMetrics().height()), 2, 6);
}

void HistoryChartView::attach(QAbstractSeries *series) {
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
}

void HistoryChartView::attachPoints(QXYSeries *series, QList<QPointF> points) {
    attach(series);
    fillAfterRanges(series, std::move(points));
}

void HistoryChartView::fillAfterRanges(QXYSeries *series, QList<QPointF> points) {
    m_pendingPoints.append({series, std::move(points)});
}

void HistoryChartView::hideFromLegend(QAbstractSeries *series) {
    m_unlisted.insert(series);
}

void HistoryChartView::rebuild() {
    m_rebuilding = true;
    m_stale = false;
    m_chart->removeAllSeries();
    m_gapAreas.clear();
    m_unlisted.clear();
    const QColor text = palette().color(QPalette::WindowText);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        QColor grid = text;
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
    }
    m_y->setTitleText(yTitle());
    const auto [lo, hi] = addData(HistoryPlot::runs(m_series));
    // Fewer ticks on a short chart (a laptop's dock), where more would overlap and QtCharts
    // elides them all.
    m_ticks = yTicks();
    const HistoryPlot::ValueAxis axis = HistoryPlot::valueAxis(lo, hi, m_ticks);
    const double interval = axis.interval;
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTruncateLabels(false); // short labels: QtCharts would turn them all into "…"
    m_y->setTickAnchor(0);
    m_y->setTickInterval(interval);
    m_y->setRange(axis.min, axis.max);
    m_y->setLabelFormat(labelFormat(interval));
    addDecorations(m_y->min(), m_y->max());
    addGaps(m_y->min(), m_y->max());
    addEvents(m_y->min(), m_y->max());
    const qint64 from = m_series.fromMs;
    const qint64 to = std::max(m_series.toMs, from + 1);
    m_x->setRange(double(from), double(to));
    for (auto &[xy, points] : m_pendingPoints)
        xy->replace(points);
    m_pendingPoints.clear();
    relabelTimeAxis(from, to);
    updateLegend();
    m_rebuilding = false;
}

void HistoryChartView::addGaps(double yMin, double yMax) {
    QColor shade = isDark() ? QColor(255, 255, 255, 38) : QColor(0, 0, 0, 28);
    bool first = true;
    for (const HistorySeries::Gap &g : std::as_const(m_series.gaps)) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(double(g.fromMs), yMax);
        upper->append(double(g.toMs), yMax);
        lower->append(double(g.fromMs), yMin);
        lower->append(double(g.toMs), yMin);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setObjectName(QStringLiteral("gap"));
        area->setName(tr("No data"));
        area->setBrush(QBrush(shade, Qt::BDiagPattern));
        area->setColor(shade);
        area->setBorderColor(shade);
        attach(area);
        if (!first)
            hideFromLegend(area); // one legend entry for all gaps
        first = false;
        m_gapAreas.append(area);
    }
}

void HistoryChartView::addEvents(double yMin, double yMax) {
    // LoanDesk's own events along the top edge; the exchange's records just below, a shape per
    // kind, with their figures on hover. Hourly interest charges would crowd the chart: they
    // stay in the history and its CSV, not on it.
    const double span = yMax - yMin;
    for (const HistoryPlot::MarkerGroup &g : HistoryPlot::markerGroups(isDark())) {
        QList<QPointF> points;
        for (const HistoryEvent &e : std::as_const(m_series.events)) {
            if (g.kinds.contains(e.kind))
                points.append({double(e.timeMs), yMax - span * (g.row == 0 ? 0.04 : 0.11)});
        }
        if (points.isEmpty())
            continue; // nothing to draw or list: one series less for Qt Charts to build
        auto *markers = new QScatterSeries;
        markers->setObjectName(g.key);
        markers->setName(g.label);
        markers->setMarkerShape(scatterShape(g.shape));
        markers->setMarkerSize(g.shape == HistoryPlot::MarkerShape::Circle ? 9 : 12);
        markers->setColor(g.color);
        markers->setBorderColor(palette().color(QPalette::Base));
        attachPoints(markers, std::move(points));
        connect(markers, &QScatterSeries::hovered, this, [this](const QPointF &at, bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), eventsAt(qint64(std::llround(at.x()))), this);
            else
                QToolTip::hideText();
        });
    }
}

QString HistoryChartView::eventsAt(qint64 timeMs) const {
    QStringList lines;
    for (const HistoryEvent &e : std::as_const(m_series.events)) {
        if (e.timeMs == timeMs && e.kind != HistoryEvent::Kind::Gap)
            lines << eventText(e);
    }
    return lines.join(u'\n');
}

void HistoryChartView::relabelTimeAxis(qint64 fromMs, qint64 toMs) {
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_x->setStartValue(double(fromMs));
    QStringList used;
    for (HistoryPlot::TimeTick &tick :
         HistoryPlot::timeTicks(fromMs, toMs, std::max(3, width() / 110))) {
        while (used.contains(tick.label))
            tick.label += QChar(0x200B); // QCategoryAxis needs unique labels; invisible suffix
        used << tick.label;
        m_x->append(tick.label, double(tick.ms));
    }
    const QString zone = HistoryPlot::zoneName(fromMs);
    // The axis title itself stays hidden (QtCharts 6.4 also painted it at the chart's top-left);
    // the legend line below the axis names the zone instead.
    const QString title = tr("Time (%1)").arg(zone);
    if (m_x->titleText() != title) {
        m_x->setTitleText(title);
        updateLegend();
    }
}

void HistoryChartView::axisMoved() {
    if (m_rebuilding)
        return;
    relabelTimeAxis(qint64(m_x->min()), qint64(m_x->max()));
    m_windowDebounce.start();
}

void HistoryChartView::setWindow(qint64 fromMs, qint64 toMs) {
    if (toMs - fromMs < 10'000)
        return; // closer than two polls shows nothing more
    m_x->setRange(double(fromMs), double(toMs));
}

QString HistoryChartView::eventText(const HistoryEvent &e) {
    switch (e.kind) {
    case HistoryEvent::Kind::BandCrossing: {
        const QStringList parts = e.detail.split(u'>');
        return tr("Band changed: %1 → %2").arg(bandText(parts.value(0)), bandText(parts.value(1)));
    }
    case HistoryEvent::Kind::Gap:
        return tr("No data (LoanDesk was not polling)");
    case HistoryEvent::Kind::ClockBackwards:
        return tr("This computer's clock went back");
    case HistoryEvent::Kind::Borrow:
    case HistoryEvent::Kind::Repay:
    case HistoryEvent::Kind::ForceRepay:
    case HistoryEvent::Kind::Interest:
    case HistoryEvent::Kind::Liquidation:
        return recordText(e);
    }
    return {};
}

} // namespace loandesk
