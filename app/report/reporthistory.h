#pragma once

#include "storage/historyseries.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace loandesk {

class HistoryStore;

// The recorded LTV history a report shows for each unit: the last 24 hours and the last 7 days
// up to the moment it was read. Read from the desk's history store just before the report is
// written; a desk that keeps none (or a unit never recorded) has empty series.
struct ReportHistory {
    enum class Window { Day, Week };

    qint64 nowMs = 0;
    QHash<qint64, HistorySeries> day;
    QHash<qint64, HistorySeries> week;

    static constexpr qint64 windowMs(Window window) {
        return window == Window::Day ? 24 * 3'600'000LL : 7 * 24 * 3'600'000LL;
    }
    // The unit's series for `window`, or null when none was read.
    const HistorySeries *series(qint64 groupId, Window window) const;

    // Reads both windows of every unit and calls `done` once, on `context`'s thread and only
    // while `context` lives (the async rule). Without a store `done` still runs, with nothing
    // recorded. Hourly interest charges are left out: a report's chart marks borrows, repays
    // and liquidations.
    static void read(HistoryStore *store, const QList<qint64> &groupIds, QObject *context,
                     std::function<void(const ReportHistory &)> done);
};

} // namespace loandesk
