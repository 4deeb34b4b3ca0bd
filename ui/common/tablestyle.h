#pragma once

class QTableView;

namespace loandesk {

// The look every read-only figures table on the dashboard shares: whole-row selection, no
// editing, no grid, alternating rows, no frame, and text that is never wrapped or elided.
void styleFiguresTable(QTableView *view);

} // namespace loandesk
