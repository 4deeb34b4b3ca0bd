#include "seriespalette.h"

#include <iterator>

namespace loandesk {

namespace {

// Okabe & Ito (2008); yellow and black swapped for tones that read on both backgrounds.
constexpr QRgb OnLight[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                            0xD55E00, 0x56B4E9, 0x8C6D00, 0x555555};
constexpr QRgb OnDark[] = {0x56B4E9, 0xE69F00, 0x4FC39B, 0xE8A6CF,
                           0xFF8A4C, 0x9AD3F5, 0xF0E442, 0xBBBBBB};
static_assert(std::size(OnLight) == std::size(OnDark));

} // namespace

int SeriesPalette::size() {
    return int(std::size(OnLight));
}

QColor SeriesPalette::line(int index, bool darkBackground) {
    const int i = ((index % size()) + size()) % size();
    return QColor::fromRgb(darkBackground ? OnDark[i] : OnLight[i]);
}

QColor SeriesPalette::fill(int index, bool darkBackground) {
    QColor c = line(index, darkBackground);
    c.setAlpha(darkBackground ? 150 : 170);
    return c;
}

} // namespace loandesk
