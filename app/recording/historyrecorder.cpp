#include "historyrecorder.h"

#include "storage/historysample.h"
#include "storage/historystore.h"

#include "monitor/collateralstate.h"
#include "monitor/monitorstate.h"

namespace loandesk {

HistoryRecorder::HistoryRecorder(MonitorState *state, CollateralState *collateral,
                                 HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_collateral(collateral)
    , m_store(store) {
    connect(state, &MonitorState::updated, this, &HistoryRecorder::record);
    if (collateral)
        connect(collateral, &CollateralState::updated, this, &HistoryRecorder::recordTriggers);
}

void HistoryRecorder::recordTriggers() {
    for (auto it = m_triggersDue.begin(); it != m_triggersDue.end();) {
        const std::optional<CollateralView> view = m_collateral->view(it.key());
        // No view yet: wait for the first. A view without trigger prices (composition
        // unavailable, only stablecoins) has none to record for this sample.
        if (!view || !view->isValued() || view->triggers.isEmpty()) {
            if (view)
                it = m_triggersDue.erase(it);
            else
                ++it;
            continue;
        }
        QList<HistoryTriggerSample> rows;
        for (const PriceTrigger &t : view->triggers)
            rows.append({it.key(), it.value(), t.asset, t.priceUsd, t.warningPrice, t.initialPrice,
                         t.marginCallPrice, t.liquidationPrice});
        m_store->appendTriggers(rows);
        it = m_triggersDue.erase(it);
    }
}

void HistoryRecorder::record() {
    // `updated` also fires for errors and setting changes; only a new fetch is a new sample.
    // One poll's units are written in one transaction; band crossings follow their samples.
    QList<HistorySample> samples;
    QList<HistoryEvent> crossings;
    for (const qint64 groupId : m_state->groupIds()) {
        const UnitStatus *s = m_state->unit(groupId);
        if (!s || !s->fetchedAt.isValid() || m_lastFetched.value(groupId) == s->fetchedAt)
            continue;
        m_lastFetched.insert(groupId, s->fetchedAt);
        samples.append(HistorySample::fromUnit(s->unit, s->fetchedAt));
        const qint64 fetchedMs = samples.constLast().fetchedMs;
        ++m_recorded;
        if (m_collateral)
            m_triggersDue.insert(groupId, fetchedMs);
        const LtvBand band = m_state->bands(groupId).classify(s->unit.computedLtv());
        const auto previous = m_lastBand.constFind(groupId);
        if (previous != m_lastBand.cend() && *previous != band)
            crossings.append({groupId, fetchedMs, fetchedMs, HistoryEvent::Kind::BandCrossing,
                              ltvBandKey(*previous) + u'>' + ltvBandKey(band)});
        m_lastBand.insert(groupId, band);
    }
    if (!samples.isEmpty())
        m_store->append(samples);
    for (const HistoryEvent &e : crossings)
        m_store->recordEvent(e);
}

} // namespace loandesk
