#include "tablestyle.h"

#include <QTableView>

namespace loandesk {

void styleFiguresTable(QTableView *view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setFrameShape(QFrame::NoFrame);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideNone);
}

} // namespace loandesk
