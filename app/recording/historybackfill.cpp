#include "historybackfill.h"

#include "monitor/monitorstate.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace loandesk::HistoryBackfill {

void store(const QList<RiskUnit> &past, const MonitorState &state, HistoryStore *store) {
    QList<HistorySample> samples;
    QList<HistoryEvent> events;
    samples.reserve(past.size());
    QHash<qint64, qsizetype> previous; // unit → its last sample's index
    QHash<qint64, LtvBand> band;
    for (const RiskUnit &unit : past) {
        HistorySample s =
            HistorySample::fromUnit(unit, QDateTime::fromMSecsSinceEpoch(unit.updateTimeMs));
        // The figures held until the next step: the past has no gaps between its steps.
        if (const auto it = previous.constFind(unit.groupId); it != previous.cend())
            samples[*it].untilMs = std::max(samples[*it].fetchedMs, s.fetchedMs - 1);
        previous.insert(unit.groupId, samples.size());
        const LtvBand now = state.bands(unit.groupId).classify(unit.computedLtv());
        const auto before = band.constFind(unit.groupId);
        if (before != band.cend() && *before != now)
            events.append({unit.groupId, s.fetchedMs, s.fetchedMs, HistoryEvent::Kind::BandCrossing,
                           ltvBandKey(*before) + u'>' + ltvBandKey(now)});
        band.insert(unit.groupId, now);
        samples.append(std::move(s));
    }
    store->importPast(samples, events);
}

} // namespace loandesk::HistoryBackfill
