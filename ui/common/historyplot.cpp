#include "historyplot.h"

#include "models/displayformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace loandesk {

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// The names were the chart's before they were shared: they keep its translation context.
QString chartText(const char *text) {
    return QCoreApplication::translate("HistoryChartView", text);
}

} // namespace

QList<QList<HistorySeries::Bucket>> HistoryPlot::runs(const HistorySeries &series) {
    QList<QList<HistorySeries::Bucket>> out;
    for (const HistorySeries::Bucket &b : series.buckets) {
        bool breaks = out.isEmpty();
        if (!breaks) {
            const qint64 prevEnd = out.last().last().endMs;
            for (const HistorySeries::Gap &g : series.gaps)
                breaks = breaks || (g.fromMs < b.firstMs && g.toMs > prevEnd);
        }
        if (breaks)
            out.append(QList<HistorySeries::Bucket>());
        out.last().append(b);
    }
    return out;
}

QList<QPointF> HistoryPlot::ltvPoints(const QList<HistorySeries::Bucket> &run, double pixelsPerMs,
                                      double *lo, double *hi) {
    QList<QPointF> points;
    points.reserve(run.size() * 4);
    for (const HistorySeries::Bucket &b : run) {
        const double mid = double(b.firstMs + b.lastMs) / 2;
        if (double(b.lastMs - b.firstMs) * pixelsPerMs < 2.0) {
            // Narrower than the line itself, first → max → min → last draws the same vertical
            // stroke as the extremes alone, in the order the bucket went (half the points to
            // stroke and paint); max and min stay, so a spike still shows.
            const bool falling = b.ltvFirst >= b.ltvLast;
            points.append({mid, falling ? b.ltvMax : b.ltvMin});
            if (b.ltvMax != b.ltvMin)
                points.append({mid, falling ? b.ltvMin : b.ltvMax});
        } else {
            points.append({double(b.firstMs), b.ltvFirst});
            if (b.ltvMax != b.ltvMin) {
                points.append({mid, b.ltvMax});
                points.append({mid, b.ltvMin});
            }
            points.append({double(std::max(b.lastMs, b.firstMs)), b.ltvLast});
        }
        *lo = std::min(*lo, b.ltvMin);
        *hi = std::max(*hi, b.ltvMax);
    }
    return points;
}

std::pair<double, double> HistoryPlot::ltvRange(double lo, double hi, const LtvBands &bands) {
    if (std::isfinite(lo))
        return {std::min(lo, bands.warning.toDouble() * 0.8),
                std::max(hi, bands.liquidation.toDouble())};
    return {0.0, bands.liquidation.toDouble()};
}

QList<LtvBand> HistoryPlot::bandLines() {
    return {LtvBand::Warning, LtvBand::AboveInitial, LtvBand::MarginCall, LtvBand::Liquidation};
}

QColor HistoryPlot::ltvColor(bool dark) {
    return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
}

QString HistoryPlot::legendStroke(Qt::PenStyle style) {
    switch (style) {
    case Qt::DashLine:
        return QStringLiteral("╍╍");
    case Qt::DotLine:
        return QStringLiteral("┄┄");
    case Qt::DashDotLine:
        return QStringLiteral("━·━");
    default:
        return QStringLiteral("━━");
    }
}

HistoryPlot::ValueAxis HistoryPlot::valueAxis(double lo, double hi, int ticks) {
    if (!(lo < hi)) {
        lo = std::isfinite(lo) ? lo - 0.5 : 0.0;
        hi = lo + 1.0;
    }
    const double pad = (hi - lo) * 0.06;
    double yMin = lo - pad;
    const double yMax = hi + pad;
    if (lo >= 0 && yMin < 0)
        yMin = 0; // ratios and amounts here are never negative; don't draw below zero
    const double raw = (yMax - yMin) / std::max(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double interval = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            interval = m * magnitude;
            break;
        }
    }
    return {std::floor(yMin / interval) * interval, std::ceil(yMax / interval) * interval,
            interval};
}

QList<HistoryPlot::TimeTick> HistoryPlot::timeTicks(qint64 fromMs, qint64 toMs, int maxTicks) {
    static constexpr qint64 Steps[] = {Minute,   5 * Minute, 15 * Minute, 30 * Minute, Hour,
                                       3 * Hour, 6 * Hour,   12 * Hour,   Day,         2 * Day,
                                       7 * Day,  14 * Day,   30 * Day,    91 * Day,    365 * Day};
    qint64 step = Steps[std::size(Steps) - 1];
    for (qint64 s : Steps) {
        if ((toMs - fromMs) / s <= maxTicks) {
            step = s;
            break;
        }
    }
    const QDateTime first = DisplayFormat::inZone(fromMs);
    const qint64 offsetMs = qint64(first.offsetFromUtc()) * 1000;
    QList<TimeTick> out;
    for (qint64 tick = ((fromMs + offsetMs) / step + 1) * step - offsetMs; tick < toMs;
         tick += step) {
        const QDateTime t = DisplayFormat::inZone(tick);
        out.append({tick, step >= Day || (t.time().hour() == 0 && t.time().minute() == 0)
                              ? QLocale().toString(t.date(), QStringLiteral("MMM d"))
                              : QLocale().toString(t.time(), QStringLiteral("HH:mm"))});
    }
    return out;
}

QString HistoryPlot::zoneName(qint64 atMs) {
    return DisplayFormat::zone() == DisplayFormat::Zone::Utc
               ? QStringLiteral("UTC")
               : DisplayFormat::inZone(atMs).timeZoneAbbreviation();
}

QList<HistoryPlot::MarkerGroup> HistoryPlot::markerGroups(bool dark) {
    return {
        {QStringLiteral("events"),
         chartText(QT_TRANSLATE_NOOP("HistoryChartView", "Events")),
         MarkerShape::Circle,
         ltvColor(dark),
         0,
         {HistoryEvent::Kind::BandCrossing, HistoryEvent::Kind::ClockBackwards}},
        {QStringLiteral("borrowEvents"),
         chartText(QT_TRANSLATE_NOOP("HistoryChartView", "Borrow")),
         MarkerShape::Triangle,
         dark ? QColor(0x4F, 0xC3, 0x9B) : QColor(0x00, 0x9E, 0x73),
         1,
         {HistoryEvent::Kind::Borrow}},
        {QStringLiteral("repayEvents"),
         chartText(QT_TRANSLATE_NOOP("HistoryChartView", "Repay")),
         MarkerShape::Diamond,
         QColor(0xE6, 0x9F, 0x00),
         1,
         {HistoryEvent::Kind::Repay}},
        {QStringLiteral("liquidationEvents"),
         chartText(QT_TRANSLATE_NOOP("HistoryChartView", "Forced liquidation / repayment")),
         MarkerShape::Star,
         dark ? QColor(0xFF, 0x8A, 0x4C) : QColor(0xD5, 0x5E, 0x00),
         1,
         {HistoryEvent::Kind::Liquidation, HistoryEvent::Kind::ForceRepay}},
    };
}

} // namespace loandesk
