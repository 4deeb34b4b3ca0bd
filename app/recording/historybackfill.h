#pragma once

#include "domain/riskunit.h"

#include <QList>

namespace loandesk {

class HistoryStore;
class MonitorState;

// Demo mode's month before the start (the simulator's PastReplay figures) into the desk's
// history: one sample per unit and step, each covering its step (until the next), and a band
// crossing wherever the LTV moved into another band, as HistoryRecorder would have written had
// it polled then. The borrow/repay, interest and liquidation markers are not made here: the
// RecordsPoller reads them from the simulator's record endpoints like any exchange's.
// GUI thread; the store writes on its worker.
namespace HistoryBackfill {

// `past`: every unit's figures, oldest first (updateTimeMs is the time); bands from `state`.
void store(const QList<RiskUnit> &past, const MonitorState &state, HistoryStore *store);

} // namespace HistoryBackfill
} // namespace loandesk
