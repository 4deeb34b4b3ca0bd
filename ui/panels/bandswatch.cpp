#include "bandswatch.h"

#include "common/bandstyle.h"

#include <QPainter>

namespace loandesk {

BandSwatch::BandSwatch(LtvBand band, QWidget *parent)
    : QWidget(parent)
    , m_band(band) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BandSwatch::setBand(LtvBand band) {
    m_band = band;
    update();
}

QSize BandSwatch::sizeHint() const {
    const int side = fontMetrics().height();
    return {side, side};
}

void BandSwatch::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    BandStyle::paintZone(&p, r, m_band, 3);
    // Outline in the palette's mid tone so dark swatches still show on dark backgrounds.
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRoundedRect(r, 3, 3);
}

} // namespace loandesk
