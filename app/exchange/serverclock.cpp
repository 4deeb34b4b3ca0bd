#include "serverclock.h"

namespace loandesk {

ServerClock::ServerClock(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

void ServerClock::setLocalClock(std::function<qint64()> nowMs) {
    m_now = nowMs ? std::move(nowMs) : [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 ServerClock::localNowMs() const {
    return m_now();
}

qint64 ServerClock::serverNowMs() const {
    return m_now() + m_offset;
}

qint64 ServerClock::offsetMs() const {
    return m_offset;
}

bool ServerClock::isSynced() const {
    return m_synced;
}

QDateTime ServerClock::lastSync() const {
    return m_lastSync;
}

void ServerClock::applySample(qint64 sentMs, qint64 serverMs, qint64 receivedMs) {
    // A negative round trip means the local clock jumped backwards mid-request; the sample says
    // nothing reliable about the offset, so keep the previous one.
    if (receivedMs < sentMs)
        return;
    // The server stamped its time somewhere inside the round trip; the midpoint halves the
    // worst-case error to RTT/2 whatever the asymmetry.
    const qint64 midpoint = sentMs + (receivedMs - sentMs) / 2;
    const qint64 offset = serverMs - midpoint;
    const bool changed = !m_synced || offset != m_offset;
    m_offset = offset;
    m_synced = true;
    m_lastSync = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
    if (changed)
        Q_EMIT offsetChanged(m_offset);
}

} // namespace loandesk
