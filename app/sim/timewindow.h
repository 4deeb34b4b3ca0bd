#pragma once

#include <QtGlobal>

#include <optional>

namespace loandesk::sim {

// The [start, end] range a record endpoint serves, following the API notes' time rules
// (sections 2.8–2.11): defaults to the last 7 days, and a requested span over 100 days
// yields no rows at all.
struct TimeWindow {
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool empty = false;

    bool contains(qint64 ms) const { return !empty && ms >= startMs && ms <= endMs; }

    static constexpr qint64 DayMs = 24LL * 3600 * 1000;

    // borrow-repay (2.8): end defaults to now, start to end − 7 d; the start is clamped to at
    // most `maxLookbackDays` before the end (7, or 30 when an asset is given).
    static TimeWindow borrowRepay(std::optional<qint64> start, std::optional<qint64> end,
                                  qint64 nowMs, int maxLookbackDays);
    // interest-history (2.9): only start → [max(start, now − 30 d), now]; only end →
    // [end − 7 d, end].
    static TimeWindow interest(std::optional<qint64> start, std::optional<qint64> end,
                               qint64 nowMs);
    // force-liquidation and transfer records: 7-day default, 100-day cap, no clamping.
    static TimeWindow plain(std::optional<qint64> start, std::optional<qint64> end, qint64 nowMs);
};

} // namespace loandesk::sim
