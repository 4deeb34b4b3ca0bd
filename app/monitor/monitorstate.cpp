#include "monitorstate.h"

#include <algorithm>

namespace loandesk {

namespace {

// Milliseconds until an age shown by DisplayFormat::age (whole tens of seconds under a minute,
// whole minutes above) reads differently.
qint64 untilAgeChanges(qint64 ageMs) {
    const qint64 step = ageMs < 60'000 ? 10'000 : 60'000;
    return step - std::max<qint64>(ageMs, 0) % step;
}

// The same for a countdown to a moment (remaining time, which falls).
qint64 untilCountdownChanges(qint64 remainingMs) {
    const qint64 step = remainingMs < 60'000 ? 1000 : 60'000;
    return remainingMs % step + 1;
}

} // namespace

MonitorState::MonitorState(QObject *parent)
    : QObject(parent) {
    // Bitcoin's GUI throttles model updates the same way: one repaint per burst.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        if (m_replaced) {
            m_replaced = false;
            Q_EMIT unitsReplaced();
        }
        Q_EMIT updated();
        armTick();
    });
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        Q_EMIT ticked();
        armTick();
    });
}

void MonitorState::armTick() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 wait = -1;
    const auto consider = [&wait](qint64 ms) { wait = wait < 0 ? ms : std::min(wait, ms); };
    if (m_lastSuccess.isValid()) {
        const qint64 age = m_lastSuccess.msecsTo(now);
        consider(untilAgeChanges(age));
        if (age <= m_staleAfterMs)
            consider(m_staleAfterMs - age + 1);
    }
    if (m_pausedUntil.isValid() && m_pausedUntil > now) {
        const qint64 remaining = now.msecsTo(m_pausedUntil);
        consider(untilCountdownChanges(remaining));
        consider(remaining + 1);
    }
    if (wait < 0) {
        m_tick.stop(); // nothing on screen moves with time
        return;
    }
    // A coarse timer may fire up to 5 % early; the margin keeps it past the moment the text
    // changes, so one wake-up is enough.
    m_tick.start(int(std::min<qint64>(wait + wait / 16 + 20, 60'000)));
}

void MonitorState::applyUnits(const QList<RiskUnit> &units, const QDateTime &fetchedAt) {
    QList<qint64> order;
    QHash<qint64, UnitStatus> next;
    for (const RiskUnit &u : units) {
        order.append(u.groupId);
        next.insert(u.groupId, UnitStatus{u, fetchedAt});
    }
    std::sort(order.begin(), order.end());
    if (order != m_order)
        m_replaced = true;
    m_order = order;
    m_units = next;
    m_lastSuccess = fetchedAt;
    m_lastAttempt = fetchedAt;
    m_lastError.reset();
    m_failures = 0;
    scheduleUpdate();
}

void MonitorState::applyError(const ExchangeError &error, const QDateTime &at) {
    // The last good data stays; only the feed's health changes.
    m_lastError = error;
    m_lastAttempt = at;
    ++m_failures;
    scheduleUpdate();
}

void MonitorState::setPausedUntil(const QDateTime &until) {
    m_pausedUntil = until;
    scheduleUpdate();
}

const UnitStatus *MonitorState::unit(qint64 groupId) const {
    auto it = m_units.constFind(groupId);
    return it == m_units.cend() ? nullptr : &it.value();
}

LtvBands MonitorState::bands(qint64 groupId) const {
    return m_bands.value(groupId, m_defaultBands);
}

void MonitorState::setBands(qint64 groupId, const LtvBands &bands) {
    m_bands.insert(groupId, bands);
    scheduleUpdate();
}

void MonitorState::setDefaultBands(const LtvBands &bands) {
    m_defaultBands = bands;
    scheduleUpdate();
}

void MonitorState::setStaleAfterMs(qint64 ms) {
    m_staleAfterMs = ms;
    scheduleUpdate();
}

bool MonitorState::isStale(const QDateTime &now) const {
    if (!m_lastSuccess.isValid())
        return false; // nothing shown yet, nothing can be stale
    return m_lastSuccess.msecsTo(now) > m_staleAfterMs;
}

MonitorState::Feed MonitorState::feed(const QDateTime &now) const {
    if (m_pausedUntil.isValid() && m_pausedUntil > now)
        return Feed::Paused;
    if (!m_lastSuccess.isValid())
        return m_failures > 0 ? Feed::Degraded : Feed::Connecting;
    if (isStale(now))
        return Feed::Stale;
    return m_failures > 0 ? Feed::Degraded : Feed::Live;
}

void MonitorState::scheduleUpdate() {
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace loandesk
