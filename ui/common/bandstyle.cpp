#include "bandstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace loandesk {

QColor BandStyle::fill(LtvBand band) {
    switch (band) {
    case LtvBand::Normal:
        return QColor(0x00, 0x72, 0xB2); // blue
    case LtvBand::Warning:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case LtvBand::AboveInitial:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case LtvBand::MarginCall:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case LtvBand::Liquidation:
        return QColor(0x6A, 0x0D, 0x1A); // dark red, far darker than vermillion
    case LtvBand::Undefined:
        return QColor(0x20, 0x20, 0x20); // near black
    }
    return {};
}

QColor BandStyle::textOn(LtvBand band) {
    // Chosen by contrast ratio: white on blue / dark red / black, black on the light hues.
    switch (band) {
    case LtvBand::Warning:
    case LtvBand::AboveInitial:
    case LtvBand::MarginCall:
        return Qt::black;
    default:
        return Qt::white;
    }
}

Qt::BrushStyle BandStyle::pattern(LtvBand band) {
    switch (band) {
    case LtvBand::Normal:
        return Qt::NoBrush;
    case LtvBand::Warning:
        return Qt::BDiagPattern;
    case LtvBand::AboveInitial:
        return Qt::FDiagPattern;
    case LtvBand::MarginCall:
        return Qt::DiagCrossPattern;
    case LtvBand::Liquidation:
    case LtvBand::Undefined:
        return Qt::CrossPattern;
    }
    return Qt::NoBrush;
}

QColor BandStyle::lineColor(LtvBand band, bool darkBackground) {
    if (!darkBackground) // the yellow fill is too faint as a thin line on white
        return band == LtvBand::Warning ? QColor(0xB0, 0x9C, 0x00) : fill(band);
    // The fills are tuned for light pages; on a dark page the darkest two need lifting.
    switch (band) {
    case LtvBand::Normal:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case LtvBand::Liquidation:
        return QColor(0xFF, 0x6E, 0x7F); // light red, still far from the vermillion
    case LtvBand::Undefined:
        return QColor(0xC0, 0xC0, 0xC0);
    default:
        return fill(band);
    }
}

Qt::PenStyle BandStyle::linePattern(LtvBand band) {
    switch (band) {
    case LtvBand::Warning:
        return Qt::DotLine;
    case LtvBand::AboveInitial:
        return Qt::DashLine;
    case LtvBand::MarginCall:
        return Qt::DashDotLine;
    default:
        return Qt::SolidLine;
    }
}

void BandStyle::paintZone(QPainter *painter, const QRectF &rect, LtvBand band, qreal radius) {
    painter->save();
    painter->setPen(Qt::NoPen);
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    painter->fillPath(path, fill(band));
    if (const Qt::BrushStyle style = pattern(band); style != Qt::NoBrush) {
        QColor hatch = textOn(band);
        hatch.setAlphaF(0.35);
        painter->setBrushOrigin(rect.topLeft());
        painter->fillPath(path, QBrush(hatch, style));
    }
    painter->restore();
}

void BandStyle::paintPill(QPainter *painter, const QRectF &rect, LtvBand band,
                          const QString &text) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill(band));
    const qreal radius = rect.height() / 2;
    painter->drawRoundedRect(rect, radius, radius);
    painter->setPen(textOn(band));
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

QString BandStyle::thresholdName(LtvBand band) {
    switch (band) {
    case LtvBand::Warning:
        return QCoreApplication::translate("BandStyle", "Warning");
    case LtvBand::AboveInitial:
        return QCoreApplication::translate("BandStyle", "Initial LTV");
    case LtvBand::MarginCall:
        return QCoreApplication::translate("BandStyle", "Margin call");
    case LtvBand::Liquidation:
        return QCoreApplication::translate("BandStyle", "Liquidation");
    case LtvBand::Normal:
    case LtvBand::Undefined:
        break;
    }
    return {};
}

} // namespace loandesk
