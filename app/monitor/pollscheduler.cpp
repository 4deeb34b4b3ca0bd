#include "pollscheduler.h"

#include "monitorstate.h"

#include "exchange/exchangeclient.h"
#include "exchange/weighttracker.h"

#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>

namespace loandesk {

PollScheduler::PollScheduler(ExchangeClient *client, MonitorState *state, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_state(state) {
    m_ltv.intervalMs = DefaultLtvIntervalMs;
    m_clock.intervalMs = DefaultClockResyncMs;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::runDueJobs);
    setMissedPollsBeforeStale(m_missedPolls);
}

void PollScheduler::setLtvIntervalMs(int ms) {
    m_ltv.intervalMs = std::max(ms, MinLtvIntervalMs);
    setMissedPollsBeforeStale(m_missedPolls);
}

void PollScheduler::setClockResyncMs(int ms) {
    m_clock.intervalMs = std::max(ms, 10000);
}

void PollScheduler::setMissedPollsBeforeStale(int polls) {
    m_missedPolls = std::max(polls, 1);
    // a small grace so a poll that is merely slow does not flash the panels grey
    m_state->setStaleAfterMs(qint64(m_ltv.intervalMs) * m_missedPolls + 1000);
}

void PollScheduler::setGroupFilter(std::optional<qint64> groupId) {
    m_groupFilter = groupId;
}

void PollScheduler::start() {
    m_running = true;
    const QDateTime t = now();
    m_clock.due = t; // sync the clock before the first signed request
    m_ltv.due = t;
    for (Secondary &job : m_secondary) {
        if (job.intervalMs > 0 && !job.active)
            job.due = t;
    }
    reschedule();
}

void PollScheduler::stop() {
    m_running = false;
    m_timer.stop();
}

bool PollScheduler::refreshNow() {
    const QDateTime t = now();
    if (!m_running || m_ltv.inFlight || (m_ltv.pausedUntil.isValid() && m_ltv.pausedUntil > t))
        return false;
    m_ltv.due = t;
    runDueJobs();
    return true;
}

void PollScheduler::reschedule() {
    if (!m_running)
        return;
    QDateTime next;
    for (const Job *job : {&m_clock, &m_ltv}) {
        // the ltv poll waits for a clock sync in flight; its completion reschedules
        if (job->inFlight || (job == &m_ltv && m_clock.inFlight))
            continue;
        if (!next.isValid() || job->due < next)
            next = job->due;
    }
    if (!m_secondaryInFlight && !m_ltv.inFlight && !m_clock.inFlight) {
        const QDateTime t = now();
        for (const Secondary &job : m_secondary) {
            QDateTime at = job.active ? t : job.due;
            if (!at.isValid())
                continue;
            at = std::max(at, t);
            // Too close to the next poll: that poll's completion reschedules this job.
            if (!secondaryMayRun(at))
                continue;
            if (!next.isValid() || at < next)
                next = at;
        }
    }
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(now().msecsTo(next), 0, MaxBackoffMs)));
}

void PollScheduler::runDueJobs() {
    if (!m_running)
        return;
    const QDateTime t = now();
    if (!m_clock.inFlight && m_clock.due <= t) {
        syncClock();
    } else if (!m_ltv.inFlight && !m_clock.inFlight && m_ltv.due <= t) {
        pollLtv();
    }
    if (secondaryMayRun(t))
        runSecondary();
    reschedule();
}

bool PollScheduler::secondaryMayRun(const QDateTime &at) const {
    return m_running && !m_secondaryInFlight && !m_ltv.inFlight && !m_clock.inFlight &&
           at.msecsTo(m_ltv.due) >= LtvGuardMs;
}

bool PollScheduler::withinBudget(const QString &path) const {
    const WeightTracker *weights = m_client->weights();
    if (!weights)
        return true;
    if (weights->isPaused(path, now()))
        return false;
    const WeightTracker::Usage usage = weights->usage(path);
    // A count older than the exchange's one-minute window says nothing about this minute.
    if (!usage.observedAt.isValid() || usage.observedAt.secsTo(now()) >= 60 || usage.limit <= 0)
        return true;
    return qint64(usage.used + usage.weight) * 100 <= qint64(usage.limit) * BudgetPercent;
}

int PollScheduler::addSecondaryJob(int intervalMs, int retryMs, SecondaryPlan plan) {
    Secondary job;
    job.intervalMs = std::max(intervalMs, 0);
    job.retryMs = std::max(retryMs, 0);
    job.plan = std::move(plan);
    if (m_running && job.intervalMs > 0)
        job.due = now();
    m_secondary.push_back(std::move(job));
    reschedule();
    return int(m_secondary.size()) - 1;
}

void PollScheduler::setSecondaryIntervalMs(int id, int ms) {
    Secondary &job = m_secondary.at(size_t(id));
    job.intervalMs = std::max(ms, 0);
    if (!job.active && job.intervalMs > 0 && m_running) {
        const QDateTime next = (job.lastBegan.isValid() ? job.lastBegan : now()).addMSecs(ms);
        job.due = job.due.isValid() ? std::min(job.due, next) : next;
    }
    reschedule();
}

void PollScheduler::requestSecondary(int id, int minSpacingMs) {
    Secondary &job = m_secondary.at(size_t(id));
    if (job.active)
        return;
    QDateTime at = now();
    if (job.lastBegan.isValid())
        at = std::max(at, job.lastBegan.addMSecs(minSpacingMs));
    if (!job.due.isValid() || at < job.due)
        job.due = at;
    reschedule();
}

bool PollScheduler::isSecondaryRoundActive(int id) const {
    return m_secondary.at(size_t(id)).active;
}

void PollScheduler::runSecondary() {
    const QDateTime t = now();
    // Jobs in the order they were added: the ones that others depend on come first.
    for (Secondary &job : m_secondary) {
        if (!job.active) {
            if (!job.due.isValid() || job.due > t)
                continue;
            job.queue = job.plan();
            job.failed = false;
            if (job.queue.isEmpty()) {
                job.due = job.intervalMs > 0 ? t.addMSecs(job.intervalMs) : QDateTime();
                continue;
            }
            job.active = true;
            job.lastBegan = t;
        }
        while (!job.queue.isEmpty()) {
            SecondaryRequest request = job.queue.takeFirst();
            if (!withinBudget(request.path)) {
                if (request.skipped)
                    request.skipped();
                continue;
            }
            m_secondaryInFlight = true;
            const int id = int(&job - m_secondary.data());
            QPointer<PollScheduler> self(this);
            request.start([self, id](bool ok) {
                if (!self)
                    return;
                self->m_secondaryInFlight = false;
                Secondary &job = self->m_secondary.at(size_t(id));
                job.failed = job.failed || !ok;
                if (job.queue.isEmpty())
                    self->finishRound(job);
                self->reschedule();
            });
            return; // one secondary request at a time
        }
        finishRound(job);
    }
}

void PollScheduler::finishRound(Secondary &job) {
    if (!job.active)
        return;
    job.active = false;
    const int wait = job.failed && job.retryMs > 0 ? job.retryMs : job.intervalMs;
    job.due = wait > 0 ? now().addMSecs(wait) : QDateTime();
}

void PollScheduler::syncClock() {
    m_clock.inFlight = true;
    m_client->syncTime(this, [this](Result<qint64> result) {
        m_clock.inFlight = false;
        if (result.ok()) {
            m_clock.failures = 0;
            m_clock.due = now().addMSecs(m_clock.intervalMs);
        } else {
            // Without a sync we still poll with the local clock; the client resyncs after -1021.
            ++m_clock.failures;
            m_clock.due = now().addMSecs(std::min(backoffMs(m_clock), m_clock.intervalMs));
            if (!m_state->lastSuccess().isValid())
                m_state->applyError(result.error(), now());
        }
        reschedule();
    });
}

void PollScheduler::pollLtv() {
    m_ltv.inFlight = true;
    Q_EMIT pollStarted();
    m_client->fetchLtvDetails(m_groupFilter, this, [this](Result<QList<RiskUnit>> result) {
        m_ltv.inFlight = false;
        if (result.ok()) {
            m_ltv.failures = 0;
            m_ltv.pausedUntil = {};
            m_state->setPausedUntil({});
            m_state->applyUnits(result.value(), now());
            m_ltv.due = now().addMSecs(m_ltv.intervalMs);
        } else {
            onFailure(m_ltv, result.error());
        }
        Q_EMIT pollFinished(result.ok());
        reschedule();
    });
}

void PollScheduler::onFailure(Job &job, const ExchangeError &error) {
    ++job.failures;
    m_state->applyError(error, now());
    const bool limited =
        error.kind == ExchangeError::Kind::RateLimited || error.kind == ExchangeError::Kind::Banned;
    if (limited) {
        // Honour Retry-After exactly; without one, wait a full minute window.
        QDateTime until = error.retryAfter.isValid() ? error.retryAfter : now().addSecs(60);
        job.pausedUntil = until;
        job.due = until.addMSecs(QRandomGenerator::global()->bounded(500));
        m_state->setPausedUntil(until);
        Q_EMIT paused(until, error.kind);
        return;
    }
    if (error.kind == ExchangeError::Kind::Clock)
        m_clock.due = now();
    job.due = now().addMSecs(backoffMs(job));
}

int PollScheduler::backoffMs(const Job &job) const {
    // Exponential from the normal interval, capped, with ±20 % jitter so many desks that lost
    // the exchange at the same moment do not return in lockstep.
    const int exponent = std::min(job.failures - 1, 6);
    const qint64 base =
        std::min<qint64>(qint64(job.intervalMs) << std::max(exponent, 0), MaxBackoffMs);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(std::min<qint64>(qint64(double(base) * jitter), MaxBackoffMs));
}

} // namespace loandesk
