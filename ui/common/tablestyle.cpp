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
    // Rows are read, not edited: arrows move within the table, Tab moves on to the next panel
    // (with tab navigation on, a keyboard user could never leave the first table).
    view->setTabKeyNavigation(false);
}

} // namespace loandesk
