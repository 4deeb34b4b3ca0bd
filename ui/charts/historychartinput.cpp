#include "historychartview.h"

#include "common/historyplot.h"
#include "models/displayformat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>

// HistoryChartView's interaction half: legend, hover readout, zoom and pan.
namespace loandesk {

void HistoryChartView::updateLegend() {
    // QtCharts 6.4 leaves legend markers of re-added series invisible, so the legend is a label
    // built from the series themselves: a coloured stroke and the name of each.
    QStringList entries;
    QStringList plain; // the same entries as text, to measure them
    for (QAbstractSeries *series : m_chart->series()) {
        if (m_unlisted.contains(series))
            continue;
        QColor color;
        QString stroke = QStringLiteral("━━");
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            color = line->pen().color();
            stroke = HistoryPlot::legendStroke(line->pen().style());
        } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            color = area->borderColor();
            color.setAlpha(255);
            stroke = QStringLiteral("▨");
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            color = scatter->color();
            stroke = QStringLiteral("●");
        }
        entries << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                       .arg(color.name(), stroke, series->name().toHtmlEscaped());
        plain << stroke + u' ' + series->name();
    }
    if (!m_x->titleText().isEmpty()) {
        entries.prepend(QStringLiteral("<b>%1</b>").arg(m_x->titleText().toHtmlEscaped()));
        plain.prepend(m_x->titleText());
    }
    m_legendEntries.clear();
    for (qsizetype i = 0; i < entries.size(); ++i)
        m_legendEntries.append({entries.at(i), plain.at(i)});
    placeLegend();
}

void HistoryChartView::placeLegend() {
    // A unit's eleven members make a long legend: it wraps between entries, never inside one
    // (QLabel's own wrapping breaks Chinese names anywhere and picks a narrow width), and the
    // plot keeps room for every line.
    const QFontMetrics fm(m_legend->font());
    const int maxWidth = std::max(120, width() - 16);
    const int gap = fm.horizontalAdvance(QStringLiteral("    "));
    QString html;
    int lineWidth = 0;
    for (const auto &[entry, text] : std::as_const(m_legendEntries)) {
        const int w = fm.horizontalAdvance(text);
        if (lineWidth > 0 && lineWidth + gap + w > maxWidth) {
            html += QStringLiteral("<br>");
            lineWidth = 0;
        } else if (lineWidth > 0) {
            html += QStringLiteral("&nbsp;&nbsp;&nbsp; ");
            lineWidth += gap;
        }
        html += entry;
        lineWidth += w;
    }
    m_legend->setWordWrap(false);
    m_legend->setText(QStringLiteral("<div align=\"center\">%1</div>").arg(html));
    m_legend->adjustSize();
    const int bottom = std::max(26, m_legend->height() + 8);
    if (m_chart->margins().bottom() != bottom)
        m_chart->setMargins(QMargins(4, 4, 4, bottom));
    m_legend->move((width() - m_legend->width()) / 2, height() - m_legend->height() - 4);
}

void HistoryChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    placeLegend();
    relabelTimeAxis(qint64(m_x->min()), qint64(m_x->max())); // tick count follows the width
    if (isVisible() && yTicks() != m_ticks)
        rebuild(); // and the value axis's the height
}

QString HistoryChartView::legendText() const {
    return m_legend->text();
}

const HistorySeries::Bucket *HistoryChartView::bucketNear(qint64 timeMs) const {
    const auto &b = m_series.buckets;
    if (b.isEmpty())
        return nullptr;
    auto it =
        std::lower_bound(b.cbegin(), b.cend(), timeMs,
                         [](const HistorySeries::Bucket &x, qint64 t) { return x.lastMs < t; });
    if (it == b.cend())
        return &b.last();
    if (it != b.cbegin() && timeMs - std::prev(it)->lastMs < it->firstMs - timeMs)
        --it;
    return &*it;
}

void HistoryChartView::showReadoutAt(qint64 timeMs) {
    const HistorySeries::Bucket *b = bucketNear(timeMs);
    if (!b) {
        m_readout->hide();
        m_legend->setObjectName(QStringLiteral("historyLegend"));
        m_legend->setTextFormat(Qt::RichText);
        m_legend->setAttribute(Qt::WA_TransparentForMouseEvents);
        return;
    }
    QStringList lines{
        DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(b->lastMs, QTimeZone::utc())),
        readoutFor(*b)};
    const qint64 near = std::max<qint64>((m_series.toMs - m_series.fromMs) / 100, 30'000);
    for (const HistoryEvent &e : std::as_const(m_series.events)) {
        if (std::abs(e.timeMs - timeMs) <= near || (e.timeMs <= timeMs && e.endMs >= timeMs))
            lines << eventText(e);
    }
    m_readout->setText(lines.join(u'\n'));
    m_readout->adjustSize();
    const QPointF at = m_chart->mapToPosition(QPointF(double(timeMs), m_y->max()));
    int x = int(at.x()) + 12;
    if (x + m_readout->width() > width())
        x = int(at.x()) - 12 - m_readout->width();
    m_readout->move(std::max(0, x), 8);
    m_readout->show();
    m_readout->raise();
}

QString HistoryChartView::readoutText() const {
    return m_readout->isVisible() ? m_readout->text() : QString();
}

void HistoryChartView::mousePressEvent(QMouseEvent *event) {
    const bool pan =
        event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        m_panning = true;
        m_panFrom = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void HistoryChartView::mouseMoveEvent(QMouseEvent *event) {
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        m_chart->scroll(-delta.x(), 0);
        event->accept();
        return;
    }
    const QPointF value = m_chart->mapToValue(event->position());
    if (m_chart->plotArea().contains(event->position()))
        showReadoutAt(qint64(value.x()));
    else
        m_readout->hide();
    m_legend->setObjectName(QStringLiteral("historyLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAttribute(Qt::WA_TransparentForMouseEvents);
    QChartView::mouseMoveEvent(event);
}

void HistoryChartView::mouseReleaseEvent(QMouseEvent *event) {
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void HistoryChartView::wheelEvent(QWheelEvent *event) {
    // Zoom around the time under the cursor.
    const double at = m_chart->mapToValue(event->position()).x();
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    setWindow(qint64(at - (at - m_x->min()) * factor), qint64(at + (m_x->max() - at) * factor));
    event->accept();
}

void HistoryChartView::keyPressEvent(QKeyEvent *event) {
    const int step = int(m_chart->plotArea().width() / 10);
    if (event->key() == Qt::Key_Left)
        m_chart->scroll(-step, 0);
    else if (event->key() == Qt::Key_Right)
        m_chart->scroll(step, 0);
    else
        QChartView::keyPressEvent(event);
}

void HistoryChartView::leaveEvent(QEvent *event) {
    m_readout->hide();
    m_legend->setObjectName(QStringLiteral("historyLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAttribute(Qt::WA_TransparentForMouseEvents);
    QChartView::leaveEvent(event);
}

void HistoryChartView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace loandesk
