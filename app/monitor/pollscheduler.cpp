#include "pollscheduler.h"

#include "monitorstate.h"

#include "exchange/exchangeclient.h"

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
    reschedule();
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
