#pragma once

#include "domain/ltvbands.h"
#include "storage/historyseries.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace loandesk {

// What every drawing of a unit's recorded history agrees on, whatever draws it (the on-screen
// Qt Charts views, the PDF report's QPainter charts): where the line breaks at a gap, how a
// bucket becomes points, round value and time ticks in the display zone, and the event markers'
// kinds, shapes and colours. Pure functions of the data; GUI thread or any other.
class HistoryPlot {
public:
    // Buckets split wherever a gap lies between two of them, so no line crosses a gap.
    static QList<QList<HistorySeries::Bucket>> runs(const HistorySeries &series);

    // The LTV line of one run: each bucket first → max → min → last at its own time, so a spike
    // inside a bucket reaches its true height; a bucket narrower than `pixelsPerMs` can show is
    // reduced to its extremes. Widens [lo, hi] to the values drawn.
    static QList<QPointF> ltvPoints(const QList<HistorySeries::Bucket> &run, double pixelsPerMs,
                                    double *lo, double *hi);
    // The value range an LTV chart shows: the data and every band line, so the distance to the
    // bands is always in view. [lo, hi] as ltvPoints() left them (infinite when nothing drawn).
    static std::pair<double, double> ltvRange(double lo, double hi, const LtvBands &bands);
    // The threshold lines an LTV chart draws, in order.
    static QList<LtvBand> bandLines();
    static QColor ltvColor(bool dark);
    // A line's stroke in a text legend, its dash pattern drawn in box characters ("╍╍").
    static QString legendStroke(Qt::PenStyle style);

    // A value axis on round ticks (…, 0.05, 0.1, 0.2, 0.25, 0.5, …) anchored at zero, about
    // `ticks` of them, padded a little around [lo, hi] and never below zero for data that is not.
    struct ValueAxis {
        double min = 0;
        double max = 1;
        double interval = 0.1;
    };
    static ValueAxis valueAxis(double lo, double hi, int ticks);

    // Time ticks on round times of the display zone (midnight, whole hours), at most about
    // `maxTicks` of them; labelled "HH:mm", or "MMM d" at midnight and for steps of a day or more.
    struct TimeTick {
        qint64 ms = 0;
        QString label;
    };
    static QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks);
    // The display zone as the time axis names it: "UTC", or the local abbreviation at `atMs`.
    static QString zoneName(qint64 atMs);

    // The event markers: LoanDesk's own events along the top edge, the exchange's records just
    // below. Hourly interest charges would crowd a chart: they are in no group.
    enum class MarkerShape { Circle, Triangle, Diamond, Star };
    struct MarkerGroup {
        QString key; // object name of the series that draws them
        QString label;
        MarkerShape shape;
        QColor color;
        int row; // 0: the top row, 1: the row below it
        QList<HistoryEvent::Kind> kinds;
    };
    static QList<MarkerGroup> markerGroups(bool dark);
};

} // namespace loandesk
