#pragma once

#include "domain/ltvbands.h"
#include "storage/historyseries.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace loandesk {

// A unit's LTV over a window as the printed report shows it, painted with QPainter alone (no
// Qt Charts, no widget), so it works on any paint device: a PDF page, an image, the offscreen
// platform. Same data preparation as the on-screen chart (HistoryPlot): the LTV line broken at
// gaps, band lines, borrow/repay/liquidation markers; values in percent, times in the display
// zone, and every stretch with nothing recorded shaded and hatched.
class LtvChartPainter {
    Q_DECLARE_TR_FUNCTIONS(LtvChartPainter)

public:
    LtvChartPainter(const HistorySeries &series, const LtvBands &bands);

    // Height of the chart for a given width: wide and low, like a statement's chart.
    static double heightFor(double width) { return width * 0.36; }
    void paint(QPainter *painter, const QRectF &rect) const;

    // What the chart shows, for a legend beside it: a coloured symbol and words per entry.
    struct LegendEntry {
        QColor color;
        QString symbol;
        QString text;
    };
    QList<LegendEntry> legend() const;

    // Stretches of the window with nothing recorded: the store's gaps and, when recording began
    // inside the window, the time before it.
    QList<HistorySeries::Gap> unrecorded() const;

private:
    const HistorySeries &m_series;
    LtvBands m_bands;
};

} // namespace loandesk
