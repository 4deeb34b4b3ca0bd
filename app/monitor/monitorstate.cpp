#include "monitorstate.h"

#include <algorithm>

namespace loandesk {

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
    });
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
