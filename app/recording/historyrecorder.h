#pragma once

#include "domain/ltvbands.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace loandesk {

class CollateralState;
class HistoryStore;
class MonitorState;

// Feeds the history from the monitor: each unit's figures once per new fetch, an event whenever
// a unit's LTV moves into another band, and (with `collateral`) the unit's trigger prices per
// asset at that sample's time. Lives on the GUI thread beside MonitorState.
class HistoryRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    // `collateral` may be null: then no trigger prices are recorded.
    HistoryRecorder(MonitorState *state, CollateralState *collateral, HistoryStore *store,
                    QObject *parent = nullptr);

    int recordedCount() const { return m_recorded; }

private:
    void record();
    void recordTriggers();

    MonitorState *m_state;
    CollateralState *m_collateral;
    HistoryStore *m_store;
    QHash<qint64, QDateTime> m_lastFetched;
    QHash<qint64, LtvBand> m_lastBand;
    // Samples written whose trigger prices are not yet: the collateral view is rebuilt after
    // ltv-details changes (CollateralState::updated), so they are taken from the next view.
    QHash<qint64, qint64> m_triggersDue;
    int m_recorded = 0;
};

} // namespace loandesk
