#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

namespace loandesk {

struct HttpResponse;

// Request weight used per endpoint in the current minute, as the exchange reports it in
// X-SAPI-USED-IP-WEIGHT-1M / X-SAPI-USED-UID-WEIGHT-1M, and pauses imposed by 429/418.
// Each /sapi endpoint has its own bucket (12 000/min per IP, 180 000/min per UID); /api/*
// shares 6 000/min per IP, and so (assumed) does /papi/* on its own host. Lives on the GUI thread,
// shared by all clients of one host.
class WeightTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightTracker)

public:
    enum class Scope { Ip, Uid };
    struct Usage {
        Scope scope = Scope::Ip;
        int used = 0;   // last reported weight used this minute
        int limit = 0;  // 12000 (IP) or 180000 (UID)
        int weight = 0; // this endpoint's documented cost per call
        QDateTime observedAt;
        QDateTime pausedUntil; // set after 429/418
    };

    explicit WeightTracker(QObject *parent = nullptr);

    // Documented weight and scope of an endpoint path, e.g. ltv-details → 200, IP.
    static Usage documented(const QString &path);

    void recordUsage(const QString &path, Scope scope, int used);
    void recordPause(const QString &path, const QDateTime &until);
    Usage usage(const QString &path) const;
    QHash<QString, Usage> all() const;
    bool isPaused(const QString &path,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Reads the used-weight headers (X-SAPI-USED-IP/UID-WEIGHT-1M, X-MBX-USED-WEIGHT-1M for
    // /api/* and /papi/*) and, for 429/418, the Retry-After pause (seconds, at most
    // RetryAfter::MaxSeconds; 60 s / 120 s when absent).
    void recordResponse(const QString &path, const HttpResponse &response,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // An HTTP 418 bans the IP for every endpoint until `until`.
    void recordBan(const QDateTime &until);
    QDateTime bannedUntil() const;
    // The later of this endpoint's pause and the IP ban; invalid when neither was ever set.
    QDateTime pausedUntil(const QString &path) const;

Q_SIGNALS:
    void usageChanged(const QString &path);
    void banChanged(const QDateTime &until);

private:
    Usage &entry(const QString &path);

    QHash<QString, Usage> m_usage;
    QDateTime m_bannedUntil;
};

} // namespace loandesk
