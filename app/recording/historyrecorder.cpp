#include "historyrecorder.h"

#include "storage/historysample.h"
#include "storage/historystore.h"

#include "monitor/monitorstate.h"

namespace loandesk {

HistoryRecorder::HistoryRecorder(MonitorState *state, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_store(store) {
    connect(state, &MonitorState::updated, this, &HistoryRecorder::record);
}

void HistoryRecorder::record() {
    // `updated` also fires for errors and setting changes; only a new fetch is a new sample.
    for (const qint64 groupId : m_state->groupIds()) {
        const UnitStatus *s = m_state->unit(groupId);
        if (!s || !s->fetchedAt.isValid() || m_lastFetched.value(groupId) == s->fetchedAt)
            continue;
        m_lastFetched.insert(groupId, s->fetchedAt);
        const HistorySample sample = HistorySample::fromUnit(s->unit, s->fetchedAt);
        m_store->append(sample);
        ++m_recorded;
        const LtvBand band = m_state->bands(groupId).classify(s->unit.computedLtv());
        const auto previous = m_lastBand.constFind(groupId);
        if (previous != m_lastBand.cend() && *previous != band)
            m_store->recordEvent({groupId, sample.fetchedMs, sample.fetchedMs,
                                  HistoryEvent::Kind::BandCrossing,
                                  ltvBandKey(*previous) + u'>' + ltvBandKey(band)});
        m_lastBand.insert(groupId, band);
    }
}

} // namespace loandesk
