#include "numericheaderview.h"

#include <QStyleOptionHeader>

namespace loandesk {

NumericHeaderView::NumericHeaderView(const QSet<int> &numericSections, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_numeric(numericSections) {
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void NumericHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option,
                                                int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (m_numeric.contains(logicalIndex))
        option->textAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

} // namespace loandesk
