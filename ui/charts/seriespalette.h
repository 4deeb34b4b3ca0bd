#pragma once

#include <QColor>

namespace loandesk {

// Colours for charts with one series per item (e.g. per member), in one place: the Okabe-Ito
// colour-blind-safe set, with a lighter variant of each for dark backgrounds, in an order where
// neighbours differ in lightness as well as hue.
class SeriesPalette {
public:
    static int size();
    // The line/border colour of item `index` (cycles past size()).
    static QColor line(int index, bool darkBackground);
    // A translucent fill of the same hue, so stacked areas stay apart and gridlines show.
    static QColor fill(int index, bool darkBackground);
};

} // namespace loandesk
