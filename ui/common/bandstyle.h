#pragma once

#include "domain/ltvbands.h"

#include <QColor>
#include <QString>

class QPainter;
class QRectF;

namespace loandesk {

// Colours and hatch patterns for LTV bands, shared by every widget that shows a band. Colours are
// Okabe-Ito (safe for the common colour-vision deficiencies) and every band also has a pattern
// and a name, so colour is never the only cue.
class BandStyle {
public:
    static QColor fill(LtvBand band);
    // Black or white, whichever reads better on fill(band).
    static QColor textOn(LtvBand band);
    static Qt::BrushStyle pattern(LtvBand band);
    // Threshold lines on charts: a colour that reads on the given background and a dash pattern
    // of its own, so the four lines are told apart without colour.
    static QColor lineColor(LtvBand band, bool darkBackground);
    static Qt::PenStyle linePattern(LtvBand band);
    // Fills `rect` with the band colour and overlays its hatch pattern.
    static void paintZone(QPainter *painter, const QRectF &rect, LtvBand band, qreal radius = 0);
    // A rounded "pill" with the band name in words: the unit list and the gauge use it.
    static void paintPill(QPainter *painter, const QRectF &rect, LtvBand band, const QString &text);
    static QString thresholdName(LtvBand band); // "Warning", "Initial LTV", "Margin call", …
};

} // namespace loandesk
