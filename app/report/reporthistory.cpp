#include "reporthistory.h"

#include "storage/historystore.h"

#include <QDateTime>

#include <memory>

namespace loandesk {

namespace {

// About one bucket per 0.2 mm of an A4 chart: finer than print shows, coarse enough to read
// fast. 90 s buckets for a day, 10 min for a week.
int bucketsFor(ReportHistory::Window window) {
    return window == ReportHistory::Window::Day ? 960 : 1008;
}

} // namespace

const HistorySeries *ReportHistory::series(qint64 groupId, Window window) const {
    const QHash<qint64, HistorySeries> &in = window == Window::Day ? day : week;
    const auto it = in.constFind(groupId);
    return it == in.cend() ? nullptr : &*it;
}

void ReportHistory::read(HistoryStore *store, const QList<qint64> &groupIds, QObject *context,
                         std::function<void(const ReportHistory &)> done) {
    struct Reading {
        ReportHistory history;
        qsizetype left = 0;
        std::function<void(const ReportHistory &)> done;
    };
    auto reading = std::make_shared<Reading>();
    reading->history.nowMs = QDateTime::currentMSecsSinceEpoch();
    reading->done = std::move(done);
    if (!store || groupIds.isEmpty()) {
        // Still delivered later, like every answer: the caller's code after read() runs first.
        QMetaObject::invokeMethod(
            context, [reading] { reading->done(reading->history); }, Qt::QueuedConnection);
        return;
    }
    reading->left = groupIds.size() * 2;
    for (qint64 id : groupIds) {
        for (Window window : {Window::Day, Window::Week}) {
            const qint64 now = reading->history.nowMs;
            store->requestSeries(id, now - windowMs(window), now, bucketsFor(window), context,
                                 [reading, id, window](HistorySeries series) {
                                     series.events.removeIf([](const HistoryEvent &e) {
                                         return e.kind == HistoryEvent::Kind::Interest;
                                     });
                                     (window == Window::Day ? reading->history.day
                                                            : reading->history.week)
                                         .insert(id, std::move(series));
                                     if (--reading->left == 0)
                                         reading->done(reading->history);
                                 });
        }
    }
}

} // namespace loandesk
