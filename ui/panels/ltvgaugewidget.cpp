#include "ltvgaugewidget.h"

#include "common/bandstyle.h"

#include "models/displayformat.h"
#include "models/riskunitlistmodel.h"
#include "monitor/monitorstate.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <tuple>

#include <cmath>

namespace loandesk {

namespace {

constexpr int BarHeight = 22;
constexpr int MarkerHeight = 10;
constexpr int TickLength = 5;
constexpr int LabelGap = 8; // minimum space between two tick labels in one row

// A tick label on the bar: "75 %", "82.5 %", as many places as the threshold has, no more (an
// axis label, not a figure: the text under the number gives it with 2 places).
QString thresholdPercent(const Decimal &t) {
    return DisplayFormat::percent(t, std::max(0, t.scale() - 2));
}

struct Tick {
    double value;
    QString name;
    QString percent;
};

} // namespace

LtvGaugeWidget::LtvGaugeWidget(MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state) {
    setObjectName(QStringLiteral("ltvGauge"));
    setAccessibleName(tr("LTV gauge"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(state, &MonitorState::updated, this, &LtvGaugeWidget::reload);
}

void LtvGaugeWidget::setGroupId(qint64 groupId) {
    m_groupId = groupId;
    reload();
}

void LtvGaugeWidget::reload() {
    const auto drawn = [this] {
        return std::tuple(m_hasUnit, m_ltv, m_reportedLtv, m_disagrees, m_bands);
    };
    const auto before = drawn();
    const QDateTime fetchedBefore = m_fetchedAt;
    const QDateTime exchangeBefore = m_exchangeTime;
    const UnitStatus *status = m_state->unit(m_groupId);
    // A unit missing from one poll keeps its last figures; only a new selection clears them.
    if (status) {
        m_hasUnit = true;
        m_ltv = status->unit.computedLtv();
        m_reportedLtv = status->unit.ltv;
        m_disagrees = status->unit.ltvDisagrees();
        m_fetchedAt = status->fetchedAt;
        m_exchangeTime = status->exchangeTime();
    } else if (m_groupId == 0) {
        m_hasUnit = false;
    }
    m_bands = m_state->bands(m_groupId);
    setAccessibleDescription(m_hasUnit
                                 ? tr("LTV %1, %2. %3").arg(valueText(), bandText(), detailText())
                                 : tr("No risk unit selected"));
    // The size it asks for depends on the font alone (changeEvent); only what is drawn can
    // change here, and most polls change only the times on the last line.
    if (drawn() != before || m_captionRect.isEmpty())
        update();
    else if (m_fetchedAt != fetchedBefore || m_exchangeTime != exchangeBefore)
        update(m_captionRect);
}

LtvBand LtvGaugeWidget::band() const {
    return m_bands.classify(m_ltv);
}

QString LtvGaugeWidget::valueText() const {
    if (!m_hasUnit)
        return QStringLiteral("—");
    return m_ltv ? DisplayFormat::percent(*m_ltv) : tr("Undefined");
}

QString LtvGaugeWidget::bandText() const {
    return m_hasUnit ? bandName(int(band())) : QString();
}

QString LtvGaugeWidget::detailText() const {
    if (!m_hasUnit)
        return {};
    const LtvBands &b = m_bands;
    switch (band()) {
    case LtvBand::Normal:
        return tr("Below the warning level (%1)").arg(DisplayFormat::percent(b.warning));
    case LtvBand::Warning:
        return tr("At or above the warning level (%1), below initial LTV (%2)")
            .arg(DisplayFormat::percent(b.warning), DisplayFormat::percent(b.initial));
    case LtvBand::AboveInitial:
        return tr("Above initial LTV (%1): new borrowing is blocked")
            .arg(DisplayFormat::percent(b.initial));
    case LtvBand::MarginCall:
        return tr("At or above margin call (%1): add collateral or repay")
            .arg(DisplayFormat::percent(b.marginCall));
    case LtvBand::Liquidation:
        return tr("At or above the liquidation level (%1)")
            .arg(DisplayFormat::percent(b.liquidation));
    case LtvBand::Undefined:
        return tr("Undefined — no equity above maintenance margin");
    }
    return {};
}

LtvGaugeWidget::Scale LtvGaugeWidget::scale() const {
    // Zoom to the interesting part: from a round 10 % below the lower of LTV and the warning
    // level to a round 10 % past the liquidation level (or the LTV, if higher). Linear, so
    // distances on screen are honest.
    const double warning = m_bands.warning.toDouble();
    const double liquidation = m_bands.liquidation.toDouble();
    const double ltv = m_ltv ? m_ltv->toDouble() : liquidation;
    Scale s;
    s.lo = std::max(0.0, std::floor((std::min(ltv, warning) - 0.1) * 10) / 10);
    s.hi = std::ceil((std::max(ltv, liquidation) + 0.1) * 10 - 1e-9) / 10;
    return s;
}

QFont LtvGaugeWidget::bigFont() const {
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.4);
    f.setBold(true);
    return f;
}

QSize LtvGaugeWidget::sizeHint() const {
    return {520, minimumSizeHint().height() + 10};
}

QSize LtvGaugeWidget::minimumSizeHint() const {
    const int line = fontMetrics().height();
    const int header = QFontMetrics(bigFont()).height() + 2 * line;
    // header, marker, bar, ticks, two staggered rows of two-line labels, caption
    return {360, header + 8 + MarkerHeight + BarHeight + TickLength + 4 * line + 8 + line + 8};
}

void LtvGaugeWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void LtvGaugeWidget::paintHeader(QPainter &p, const QRect &area) const {
    const QFont big = bigFont();
    const QFontMetrics bigFm(big);
    p.setFont(big);
    p.setPen(palette().color(QPalette::Text));
    const QString value = valueText();
    p.drawText(area.left(), area.top() + bigFm.ascent(), value);

    // The band in words on its colour, beside the number.
    const QFontMetrics fm = fontMetrics();
    QFont pillFont = font();
    pillFont.setBold(true);
    const QFontMetrics pillFm(pillFont);
    const QString name = bandText();
    const QRectF pill(area.left() + bigFm.horizontalAdvance(value) + 16,
                      area.top() + (bigFm.height() - pillFm.height() - 8) / 2.0,
                      pillFm.horizontalAdvance(name) + 24, pillFm.height() + 8);
    p.setFont(pillFont);
    BandStyle::paintPill(&p, pill, band(), name);

    QString line;
    if (m_disagrees)
        line = tr("⚠ exchange reports %1").arg(DisplayFormat::ltv(m_reportedLtv));
    line += (line.isEmpty() ? QString() : QStringLiteral(" · ")) + detailText();
    line.replace(QStringLiteral(" %"), QStringLiteral("\u00A0%")); // never wrap "80 | %"
    p.setFont(font());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(area.left(), area.top() + bigFm.height(), area.width(), 2 * fm.height()),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line);
}

void LtvGaugeWidget::paintScale(QPainter &p, const QRect &bar, const Scale &s) const {
    auto xOf = [&](double v) {
        return bar.left() + (std::clamp(v, s.lo, s.hi) - s.lo) / (s.hi - s.lo) * bar.width();
    };
    const struct {
        LtvBand band;
        double from;
        double to;
    } zones[] = {
        {LtvBand::Normal, s.lo, m_bands.warning.toDouble()},
        {LtvBand::Warning, m_bands.warning.toDouble(), m_bands.initial.toDouble()},
        {LtvBand::AboveInitial, m_bands.initial.toDouble(), m_bands.marginCall.toDouble()},
        {LtvBand::MarginCall, m_bands.marginCall.toDouble(), m_bands.liquidation.toDouble()},
        {LtvBand::Liquidation, m_bands.liquidation.toDouble(), s.hi},
    };
    p.save();
    QPainterPath clip;
    clip.addRoundedRect(QRectF(bar), 4, 4);
    p.setClipPath(clip);
    for (const auto &z : zones) {
        const QRectF r(QPointF(xOf(z.from), bar.top()), QPointF(xOf(z.to), bar.bottom() + 1));
        if (r.width() > 0)
            BandStyle::paintZone(&p, r, z.band);
    }
    p.restore();
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    if (!m_ltv)
        return;
    // The marker: a needle through the bar and a triangle above it, drawn in the text colour
    // with a base-coloured halo so it stands out on every zone and in both palettes.
    const qreal x = xOf(m_ltv->toDouble());
    const QColor ink = palette().color(QPalette::Text);
    const QColor halo = palette().color(QPalette::Base);
    p.setPen(QPen(halo, 5));
    p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 3));
    p.setPen(QPen(ink, 2.5));
    p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 3));
    QPainterPath tri;
    tri.moveTo(x - 7, bar.top() - MarkerHeight - 2);
    tri.lineTo(x + 7, bar.top() - MarkerHeight - 2);
    tri.lineTo(x, bar.top() - 1);
    tri.closeSubpath();
    p.setPen(QPen(halo, 1.5));
    p.setBrush(ink);
    p.drawPath(tri);
}

int LtvGaugeWidget::paintTicks(QPainter &p, const QRect &bar, const Scale &s) const {
    auto xOf = [&](double v) {
        return bar.left() + (std::clamp(v, s.lo, s.hi) - s.lo) / (s.hi - s.lo) * bar.width();
    };
    const QFontMetrics fm = fontMetrics();
    const int top = bar.bottom() + 1 + TickLength + 2;
    const QList<Tick> ticks = {
        {m_bands.warning.toDouble(), BandStyle::thresholdName(LtvBand::Warning),
         thresholdPercent(m_bands.warning)},
        {m_bands.initial.toDouble(), BandStyle::thresholdName(LtvBand::AboveInitial),
         thresholdPercent(m_bands.initial)},
        {m_bands.marginCall.toDouble(), BandStyle::thresholdName(LtvBand::MarginCall),
         thresholdPercent(m_bands.marginCall)},
        {m_bands.liquidation.toDouble(), BandStyle::thresholdName(LtvBand::Liquidation),
         thresholdPercent(m_bands.liquidation)},
    };
    // Greedy rows: a label drops to the next row when it would touch its left neighbour.
    QList<qreal> rowRight;
    int bottom = top;
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 0.9);
    const QFontMetrics nameFm(nameFont);
    const int labelHeight = nameFm.height() + fm.height();
    for (const Tick &t : ticks) {
        const qreal x = xOf(t.value);
        p.setPen(QPen(palette().color(QPalette::Text), 1));
        p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom() + TickLength));
        const int width =
            std::max(nameFm.horizontalAdvance(t.name), fm.horizontalAdvance(t.percent));
        const qreal left =
            std::clamp(x - width / 2.0, qreal(bar.left()), qreal(bar.right() - width));
        int row = 0;
        while (row < rowRight.size() && rowRight[row] + LabelGap > left)
            ++row;
        if (row == rowRight.size())
            rowRight.append(0);
        rowRight[row] = left + width;
        const int y = top + row * labelHeight;
        if (row > 0) // a leader line from the tick down to a label pushed to a lower row
            p.drawLine(QPointF(x, bar.bottom() + TickLength), QPointF(x, y));
        const QRectF box(left, y, width, labelHeight);
        p.setFont(nameFont);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(box, Qt::AlignHCenter | Qt::AlignTop, t.name);
        p.setFont(font());
        p.drawText(box, Qt::AlignHCenter | Qt::AlignBottom, t.percent);
        bottom = std::max(bottom, y + labelHeight);
    }
    // The scale's ends, dimmed, only where they do not collide with a threshold label.
    QColor dim = palette().color(QPalette::Text);
    dim.setAlphaF(0.6);
    p.setPen(dim);
    p.setFont(font());
    const QString lo =
        DisplayFormat::percent(Decimal::fromScaled(qint64(std::lround(s.lo * 10)), 1), 0);
    const QString hi =
        DisplayFormat::percent(Decimal::fromScaled(qint64(std::lround(s.hi * 10)), 1), 0);
    const qreal firstLeft = ticks.isEmpty() ? bar.right() : xOf(ticks.first().value) - 40;
    if (bar.left() + fm.horizontalAdvance(lo) + LabelGap < firstLeft)
        p.drawText(QPointF(bar.left(), top + nameFm.height() + fm.ascent()), lo);
    if (rowRight.isEmpty() || rowRight[0] + LabelGap < bar.right() - fm.horizontalAdvance(hi))
        p.drawText(
            QPointF(bar.right() - fm.horizontalAdvance(hi), top + nameFm.height() + fm.ascent()),
            hi);
    return bottom;
}

void LtvGaugeWidget::paintCaption(QPainter &p) const {
    QColor dim = palette().color(QPalette::Text);
    dim.setAlphaF(0.7);
    p.setPen(dim);
    p.setFont(font());
    p.drawText(m_captionRect, Qt::AlignLeft,
               tr("Exchange time %1 · received %2")
                   .arg(DisplayFormat::dateTime(m_exchangeTime), DisplayFormat::time(m_fetchedAt)));
}

void LtvGaugeWidget::paintEvent(QPaintEvent *event) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // A poll that moved only the times asks for the caption line alone (reload()).
    if (m_hasUnit && !m_captionRect.isEmpty() && m_captionRect.contains(event->rect())) {
        paintCaption(p);
        return;
    }
    const QRect area = rect().adjusted(2, 2, -2, -2);
    if (!m_hasUnit) {
        m_captionRect = {};
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No risk unit selected"));
        return;
    }
    const int line = fontMetrics().height();
    const int headerHeight = QFontMetrics(bigFont()).height() + 2 * line;
    paintHeader(p, QRect(area.left(), area.top(), area.width(), headerHeight));
    // Spare height goes around the scale, so the card never looks half empty; the receipt time
    // sits at the bottom.
    const int spare = std::max(0, area.height() - minimumSizeHint().height());
    const QRect bar(area.left() + 1, area.top() + headerHeight + 8 + MarkerHeight + spare / 2,
                    area.width() - 2, BarHeight);
    const Scale s = scale();
    paintScale(p, bar, s);
    const int bottom = paintTicks(p, bar, s);
    m_captionRect =
        QRect(area.left(), std::max(bottom + 8, area.bottom() - line), area.width(), line);
    paintCaption(p);
}

} // namespace loandesk
