#pragma once

#include <QDateTime>
#include <QObject>

namespace loandesk {

// Offset between the exchange's clock and ours, measured from GET /api/v3/time at the midpoint
// of the round trip. Signed requests stamp `timestamp` with now() + offset.
class ServerClock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerClock)

public:
    explicit ServerClock(QObject *parent = nullptr);

    // Local wall clock in ms; tests may replace it to simulate a skewed machine.
    void setLocalClock(std::function<qint64()> nowMs);
    qint64 localNowMs() const;
    qint64 serverNowMs() const; // local + offset
    qint64 offsetMs() const;
    bool isSynced() const;
    QDateTime lastSync() const;

    // Records one measurement: sentMs/receivedMs local, serverMs from the reply.
    void applySample(qint64 sentMs, qint64 serverMs, qint64 receivedMs);

Q_SIGNALS:
    void offsetChanged(qint64 offsetMs);

private:
    std::function<qint64()> m_now;
    qint64 m_offset = 0;
    bool m_synced = false;
    QDateTime m_lastSync;
};

} // namespace loandesk
