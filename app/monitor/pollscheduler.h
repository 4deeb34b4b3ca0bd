#pragma once

#include "exchange/exchangeerror.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace loandesk {

class ExchangeClient;
class MonitorState;

// The one owner of polling timers. Keeps one request in flight per endpoint, spaces polls so
// normal use stays far below the exchange's weight limits, backs off with jitter on errors,
// and pauses an endpoint until Retry-After after a 429/418. Lives on the GUI thread.
class PollScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)

public:
    // ltv-details costs 200 of the endpoint's 12 000/min IP budget. Polling is never faster
    // than every 2 s (half that budget), so several desks or a manual refresh cannot cause a 429.
    static constexpr int MinLtvIntervalMs = 2000;
    static constexpr int DefaultLtvIntervalMs = 5000; // 2 400/min, 20 % of the budget
    static constexpr int DefaultClockResyncMs = 10 * 60 * 1000;
    static constexpr int MaxBackoffMs = 5 * 60 * 1000;

    PollScheduler(ExchangeClient *client, MonitorState *state, QObject *parent = nullptr);

    void setLtvIntervalMs(int ms); // clamped to MinLtvIntervalMs
    int ltvIntervalMs() const { return m_ltv.intervalMs; }
    void setClockResyncMs(int ms);
    void setMissedPollsBeforeStale(int polls);
    // Restrict ltv-details to one unit (a parent key sees all of them when unset).
    void setGroupFilter(std::optional<qint64> groupId);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Polls now unless a request is in flight or the endpoint is paused; returns whether it did.
    bool refreshNow();
    QDateTime pausedUntil() const { return m_ltv.pausedUntil; }

Q_SIGNALS:
    void pollStarted();
    void pollFinished(bool ok);
    void paused(const QDateTime &until, ExchangeError::Kind why);

private:
    struct Job {
        int intervalMs = 0;
        bool inFlight = false;
        int failures = 0;
        QDateTime due;
        QDateTime pausedUntil;
    };

    void reschedule();
    void runDueJobs();
    void pollLtv();
    void syncClock();
    void onFailure(Job &job, const ExchangeError &error);
    int backoffMs(const Job &job) const;
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    ExchangeClient *m_client;
    MonitorState *m_state;
    QTimer m_timer;
    Job m_ltv;
    Job m_clock;
    std::optional<qint64> m_groupFilter;
    int m_missedPolls = 3;
    bool m_running = false;
};

} // namespace loandesk
