#pragma once

#include "domain/ltvbands.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace loandesk {

class HistoryStore;
class MonitorState;

// Feeds the history from the monitor: each unit's figures once per new fetch, and an event
// whenever a unit's LTV moves into another band. Lives on the GUI thread beside MonitorState.
class HistoryRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    HistoryRecorder(MonitorState *state, HistoryStore *store, QObject *parent = nullptr);

    int recordedCount() const { return m_recorded; }

private:
    void record();

    MonitorState *m_state;
    HistoryStore *m_store;
    QHash<qint64, QDateTime> m_lastFetched;
    QHash<qint64, LtvBand> m_lastBand;
    int m_recorded = 0;
};

} // namespace loandesk
