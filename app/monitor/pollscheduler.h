#pragma once

#include "exchange/exchangeerror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace loandesk {

class ExchangeClient;
class MonitorState;

// The one owner of polling timers. Keeps one request in flight per endpoint, spaces polls so
// normal use stays far below the exchange's weight limits, backs off with jitter on errors,
// and pauses an endpoint until Retry-After after a 429/418. Lives on the GUI thread.
//
// Besides ltv-details and the clock it runs *secondary* jobs (the collateral composition, its
// prices and ratio tables) on the same timer, so they can never starve ltv-details: a secondary
// request is started only while no ltv-details poll or clock sync is in flight and the next
// poll is at least LtvGuardMs away, one at a time, and not at all while its endpoint has used
// more than BudgetPercent of its minute budget (as the weight headers last reported it). An
// ltv-details poll that comes due while a secondary request is in flight is sent at once.
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

    // A secondary request is never started closer than this to the next ltv-details poll.
    static constexpr int LtvGuardMs = 1000;
    // A secondary request is skipped while its endpoint's used weight in the current minute,
    // plus its own cost, exceeds this share of the endpoint's IP or UID limit.
    static constexpr int BudgetPercent = 50;

    // One request of a secondary job. `start` sends it and calls `done` exactly once, with
    // whether it succeeded. `skipped` (optional) learns that the budget did not allow it.
    struct SecondaryRequest {
        QString path; // the endpoint, for the weight budget
        std::function<void(std::function<void(bool ok)> done)> start;
        std::function<void()> skipped;
    };
    // Called when the job is due: this round's requests, run in order. Empty: nothing to do
    // now (the round does not count for the job's minimum spacing).
    using SecondaryPlan = std::function<QList<SecondaryRequest>()>;

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

    // A secondary job, due every `intervalMs` from start() (0: only when requested), and
    // `retryMs` after a round in which a request failed (0: at the normal interval). Returns
    // its id.
    int addSecondaryJob(int intervalMs, int retryMs, SecondaryPlan plan);
    void setSecondaryIntervalMs(int id, int ms);
    // Runs the job as soon as ltv-details allows, but no sooner than `minSpacingMs` after its
    // last non-empty round began. Ignored while a round of it is under way.
    void requestSecondary(int id, int minSpacingMs = 0);
    bool isSecondaryRoundActive(int id) const;

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

    struct Secondary {
        int intervalMs = 0;
        int retryMs = 0;
        SecondaryPlan plan;
        QDateTime due; // invalid: not scheduled
        QDateTime lastBegan;
        QList<SecondaryRequest> queue;
        bool active = false;
        bool failed = false;
    };

    void reschedule();
    void runDueJobs();
    bool secondaryMayRun(const QDateTime &at) const;
    bool withinBudget(const QString &path) const;
    void runSecondary();
    void finishRound(Secondary &job);
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
    std::vector<Secondary> m_secondary;
    bool m_secondaryInFlight = false;
    std::optional<qint64> m_groupFilter;
    int m_missedPolls = 3;
    bool m_running = false;
};

} // namespace loandesk
