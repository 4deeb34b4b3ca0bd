#pragma once

#include "storage/historyseries.h"

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QTimer>

class QAbstractAxis;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QValueAxis;
class QXYSeries;

namespace loandesk {

// What the history charts share: a time axis labelled in the display zone, gaps shaded (a period
// without data never looks like a flat line: the series breaks and a grey band covers it), event
// markers, rubber-band zoom, panning (Shift+drag, middle drag, arrow keys), wheel zoom, and a
// hover readout. Subclasses draw their own series from the decimated buckets.
class HistoryChartView : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChartView)

public:
    explicit HistoryChartView(QWidget *parent = nullptr);

    void setSeries(const HistorySeries &series);
    const HistorySeries &series() const { return m_series; }
    // Gap bands as drawn (for tests): one per gap in the visible range.
    QList<QAbstractSeries *> gapAreas() const { return m_gapAreas; }
    QString readoutText() const;
    QString legendText() const; // the legend as shown (rich text)
    // Shows the readout for the bucket nearest `timeMs`, as hovering there would.
    void showReadoutAt(qint64 timeMs);

    static QString eventText(const HistoryEvent &event);
    // The marker tooltip: every event drawn at exactly `timeMs`, in words.
    QString eventsAt(qint64 timeMs) const;

Q_SIGNALS:
    // The user zoomed or panned to [fromMs, toMs): the owner fetches data for that window.
    void windowChanged(qint64 fromMs, qint64 toMs);

protected:
    // Adds the data series (already attached to both axes) and returns their value range.
    virtual std::pair<double, double> addData(const QList<QList<HistorySeries::Bucket>> &runs) = 0;
    // Extra series drawn after the data (e.g. band lines), given the final y range.
    virtual void addDecorations(double yMin, double yMax) {
        Q_UNUSED(yMin)
        Q_UNUSED(yMax)
    }
    virtual QString readoutFor(const HistorySeries::Bucket &bucket) const = 0;
    virtual QString yTitle() const = 0;

    void attach(QAbstractSeries *series); // adds to the chart on both axes
    // Attaches `series` empty and gives it `points` in one replace() once both axes have their
    // final range: Qt Charts re-strokes a line's whole path on every geometry change (adding,
    // attaching each axis, each range change), five times per redraw when filled first.
    void attachPoints(QXYSeries *series, QList<QPointF> points);
    // The same for a series attached through another (an area's edges).
    void fillAfterRanges(QXYSeries *series, QList<QPointF> points);
    void hideFromLegend(QAbstractSeries *series);
    QChart *historyChart() const { return m_chart; }
    QValueAxis *yAxis() const { return m_y; }
    bool isDark() const;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    int yTicks() const;
    void rebuild();
    int m_ticks = 6; // the value axis's ticks at the last rebuild (fewer on a short chart)
    void updateLegend();
    void placeLegend();
    void relabelTimeAxis(qint64 fromMs, qint64 toMs);
    void addGaps(double yMin, double yMax);
    void addEvents(double yMin, double yMax);
    void axisMoved();
    void setWindow(qint64 fromMs, qint64 toMs);
    const HistorySeries::Bucket *bucketNear(qint64 timeMs) const;

    QChart *m_chart;
    QCategoryAxis *m_x;
    QValueAxis *m_y;
    QLabel *m_readout;
    QLabel *m_legend;
    QList<std::pair<QString, QString>> m_legendEntries; // rich text and plain text of each
    HistorySeries m_series;
    QList<QAbstractSeries *> m_gapAreas;
    QSet<QAbstractSeries *> m_unlisted;                            // series kept out of the legend
    QList<std::pair<QXYSeries *, QList<QPointF>>> m_pendingPoints; // see fillAfterRanges()
    QTimer m_windowDebounce;
    QPoint m_panFrom;
    bool m_panning = false;
    bool m_rebuilding = false;
    bool m_stale = false; // new data arrived while hidden in a shown window: rebuilt when shown
};

} // namespace loandesk
