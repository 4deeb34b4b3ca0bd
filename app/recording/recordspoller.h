#pragma once

#include "exchange/exchangeerror.h"

#include "domain/liquidationrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace loandesk {

class HistoryStore;
class MonitorSession;

// Reads the exchange's records of every unit with a credit key — borrows and repays (normal and
// forced), hourly interest and forced liquidations — and stores them as history events beside
// the samples. Polls once a minute, from where the history's newest event of each kind left off
// (7 days back on a first start), paging through everything in between; the store ignores rows
// it already holds, so restarts and several desks never duplicate. Stays out of the way of the
// LTV poll: skips while the exchange has paused us and when an endpoint's weight is half used.
// A forced liquidation newer than any already recorded is announced once (on a first start,
// older ones are recorded silently). Lives on the GUI thread.
class RecordsPoller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsPoller)

public:
    static constexpr int DefaultIntervalMs = 60'000;
    static constexpr qint64 FirstLookBackMs = 7 * 86'400'000LL;
    // On the very first start, a liquidation this recent is still news to the desk: it alerts.
    // Older ones are stored quietly.
    static constexpr qint64 FirstStartAlertMs = 86'400'000LL;
    static constexpr qint64 MaxLookBackMs = 90 * 86'400'000LL; // the exchange's cap is 100 days
    static constexpr int PageSize = 100;                       // the exchange's maximum

    RecordsPoller(MonitorSession *session, HistoryStore *store, QObject *parent = nullptr);
    ~RecordsPoller() override;

    void setIntervalMs(int ms);
    // How far back a first start reads (FirstLookBackMs by default; demo mode reads its whole
    // simulated month), at most MaxLookBackMs.
    void setFirstLookBackMs(qint64 ms);
    void start();
    void stop();
    bool isStarted() const { return m_running; }
    // Starts a round now unless one is running; returns whether it did.
    bool pollNow();
    bool isPolling() const { return m_inRound; }
    int rounds() const { return m_rounds; }

Q_SIGNALS:
    // A forced liquidation the history did not hold before: the "new forced-liquidation
    // record" alert.
    void newForcedLiquidation(qint64 groupId, const loandesk::LiquidationRecord &record);
    // A round ended; `error` is none when every unit's records were read.
    void roundFinished(const loandesk::ExchangeError &error);

private:
    enum class Stream { Borrows, Repays, Interest, Liquidations };
    struct Cursor {
        bool loaded = false;
        // Per stream: records at or after this time are read again next round.
        QHash<int, qint64> from;
        std::optional<qint64> liquidationSeen; // start of the newest liquidation recorded
    };
    struct Task {
        qint64 groupId = 0;
        Stream stream = Stream::Borrows;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool openEnd = false; // the newest window: no endTime, the exchange's own "now" ends it
        int page = 1;
        qint64 newest = 0; // newest record time seen in this window
    };

    void beginRound();
    void loadCursor(qint64 groupId);
    void planRound();
    void runNext();
    void fetch(const Task &task);
    bool pageDone(qint64 total, qsizetype rows); // false: fetch the task's next page
    void endRound(const ExchangeError &error);
    std::optional<QDateTime> pausedUntil(Stream stream) const;
    qint64 nowMs() const;
    static QString pathOf(Stream stream);

    MonitorSession *m_session;
    HistoryStore *m_store;
    QTimer m_timer;
    int m_intervalMs = DefaultIntervalMs;
    qint64 m_firstLookBackMs = FirstLookBackMs;
    bool m_running = false;
    bool m_inRound = false;
    int m_pendingLoads = 0;
    int m_rounds = 0;
    QHash<qint64, Cursor> m_cursors;
    QList<Task> m_tasks;
    QList<std::pair<qint64, LiquidationRecord>> m_foundLiquidations;
    ExchangeError m_roundError; // the last unit's failure in this round, reported at its end
};

} // namespace loandesk
