#include "timewindow.h"

#include <algorithm>

namespace loandesk::sim {

namespace {

TimeWindow make(qint64 start, qint64 end) {
    TimeWindow w{start, end, false};
    w.empty = end < start || end - start > 100 * TimeWindow::DayMs;
    return w;
}

} // namespace

TimeWindow TimeWindow::plain(std::optional<qint64> start, std::optional<qint64> end, qint64 nowMs) {
    const qint64 e = end.value_or(nowMs);
    return make(start.value_or(e - 7 * DayMs), e);
}

TimeWindow TimeWindow::borrowRepay(std::optional<qint64> start, std::optional<qint64> end,
                                   qint64 nowMs, int maxLookbackDays) {
    TimeWindow w = plain(start, end, nowMs);
    if (!w.empty)
        w.startMs = std::max(w.startMs, w.endMs - maxLookbackDays * DayMs);
    return w;
}

TimeWindow TimeWindow::interest(std::optional<qint64> start, std::optional<qint64> end,
                                qint64 nowMs) {
    if (start && !end)
        return make(std::max(*start, nowMs - 30 * DayMs), nowMs);
    return plain(start, end, nowMs);
}

} // namespace loandesk::sim
