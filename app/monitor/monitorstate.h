#pragma once

#include "unitstatus.h"

#include "domain/ltvbands.h"
#include "exchange/exchangeerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace loandesk {

// The current picture of every risk unit the key can see, plus the health of the feed. Lives on
// the GUI thread; fed by PollScheduler, read by the models. Bursts of changes are coalesced into
// one `updated` signal so views repaint once.
class MonitorState final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorState)

public:
    enum class Feed {
        Connecting, // nothing received yet
        Live,       // last poll succeeded
        Degraded,   // polls failing, last good data still shown
        Paused,     // rate-limited or banned until pausedUntil()
        Stale,      // no good data for longer than the stale threshold
    };

    explicit MonitorState(QObject *parent = nullptr);

    void applyUnits(const QList<RiskUnit> &units, const QDateTime &fetchedAt);
    void applyError(const ExchangeError &error, const QDateTime &at);
    void setPausedUntil(const QDateTime &until);

    QList<qint64> groupIds() const { return m_order; }
    const UnitStatus *unit(qint64 groupId) const;
    int unitCount() const { return m_order.size(); }

    LtvBands bands(qint64 groupId) const;
    void setBands(qint64 groupId, const LtvBands &bands);
    void setDefaultBands(const LtvBands &bands);

    // Data older than this counts as stale (the scheduler sets it to interval × missed polls).
    void setStaleAfterMs(qint64 ms);
    qint64 staleAfterMs() const { return m_staleAfterMs; }
    bool isStale(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    Feed feed(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime lastAttempt() const { return m_lastAttempt; }
    std::optional<ExchangeError> lastError() const { return m_lastError; }
    int consecutiveFailures() const { return m_failures; }
    QDateTime pausedUntil() const { return m_pausedUntil; }

Q_SIGNALS:
    void updated();
    void unitsReplaced(); // the set or order of units changed, not just their figures
    // Time alone has changed what a view shows: a data age or pause countdown has moved to its
    // next second or minute, or the feed went stale or its pause ended. The one clock for every
    // view of this state, so an idle desk wakes only when some text would change.
    void ticked();

private:
    void scheduleUpdate();
    void armTick();

    QHash<qint64, UnitStatus> m_units;
    QList<qint64> m_order;
    QHash<qint64, LtvBands> m_bands;
    LtvBands m_defaultBands;
    QDateTime m_lastSuccess;
    QDateTime m_lastAttempt;
    QDateTime m_pausedUntil;
    std::optional<ExchangeError> m_lastError;
    int m_failures = 0;
    qint64 m_staleAfterMs = 15000;
    QTimer m_coalesce;
    QTimer m_tick;
    bool m_replaced = false;
};

} // namespace loandesk
