#include "weighttracker.h"

#include "httpresponse.h"
#include "retryafter.h"

namespace loandesk {

namespace {

constexpr int IpLimit = 12000;
constexpr int UidLimit = 180000;
constexpr int ApiIpLimit = 6000; // /api/* shares one bucket per IP

// Pauses when a 429/418 carries no usable Retry-After: one minute is the window of the weight
// counters; two minutes is the shortest documented IP ban.
constexpr int DefaultRateLimitPauseS = 60;
constexpr int DefaultBanPauseS = 120;

struct Documented {
    const char16_t *suffix;
    int weight;
    WeightTracker::Scope scope;
};

// API doc section 1. Matched on the path's tail after /sapi/v1/margin/. The rebate balance
// weight is undocumented; 100 (like its records endpoint) keeps the budget conservative.
constexpr Documented Table[] = {
    {u"loan-group/ltv-details", 200, WeightTracker::Scope::Ip},
    {u"loan-groups/activated", 10, WeightTracker::Scope::Ip},
    {u"loan-groups/closed", 1, WeightTracker::Scope::Ip},
    {u"loan-group/edit-member", 1000, WeightTracker::Scope::Uid},
    {u"loan-group/borrow", 3000, WeightTracker::Scope::Uid},
    {u"loan-group/repay", 3000, WeightTracker::Scope::Uid},
    {u"loan-group/borrow-repay", 10, WeightTracker::Scope::Ip},
    {u"loan-group/interest-history", 10, WeightTracker::Scope::Ip},
    {u"loan-group/force-liquidation", 1, WeightTracker::Scope::Ip},
    {u"loan-group/force-liquidation-transfer-record", 1, WeightTracker::Scope::Ip},
    {u"loan-group/transfer-out", 1, WeightTracker::Scope::Ip},
    {u"loan-group/max-borrowable", 100, WeightTracker::Scope::Ip},
    {u"loan-group/interest-rebate-balance", 100, WeightTracker::Scope::Ip},
    {u"loan-group/interest-rebate-balance/records", 100, WeightTracker::Scope::Ip},
    // DELETE /sapi/v1/margin/loan-group (close risk unit)
    {u"loan-group", 1000, WeightTracker::Scope::Uid},
};

// The composition endpoints, by full path (collateral-assets doc 1–5).
constexpr Documented FullPaths[] = {
    {u"/sapi/v4/sub-account/assets", 60, WeightTracker::Scope::Uid},
    {u"/sapi/v3/sub-account/assets", 60, WeightTracker::Scope::Uid},
    {u"/sapi/v1/sub-account/margin/account", 10, WeightTracker::Scope::Ip},
    {u"/sapi/v1/margin/crossMarginCollateralRatio", 100, WeightTracker::Scope::Ip},
    {u"/sapi/v2/portfolio/collateralRate", 50, WeightTracker::Scope::Ip},
    {u"/sapi/v1/portfolio/collateralRate", 50, WeightTracker::Scope::Ip},
    {u"/papi/v1/balance", 20, WeightTracker::Scope::Ip},
    {u"/papi/v1/account", 20, WeightTracker::Scope::Ip},
    // 4 with `symbols`, whatever the count; LoanDesk always asks with `symbols`.
    {u"/api/v3/ticker/price", 4, WeightTracker::Scope::Ip},
    {u"/api/v3/time", 1, WeightTracker::Scope::Ip},
};

// /api (spot) and /papi (Portfolio Margin, its own host) count weight like the exchange's
// trading APIs: X-MBX-USED-WEIGHT-1M against one 6 000-per-minute IP budget, not the
// per-endpoint /sapi buckets. For /papi that budget is assumed from the spot API's; the
// collateral-assets doc gives only the per-call weights.
bool isApiPath(const QString &path) {
    return path.startsWith(u"/api/") || path.startsWith(u"/papi/");
}

int limitFor(const QString &path, WeightTracker::Scope scope) {
    return isApiPath(path) ? ApiIpLimit : scope == WeightTracker::Scope::Uid ? UidLimit : IpLimit;
}

} // namespace

WeightTracker::WeightTracker(QObject *parent)
    : QObject(parent) {}

WeightTracker::Usage WeightTracker::documented(const QString &path) {
    Usage usage;
    for (const Documented &entry : FullPaths) {
        if (path == QStringView(entry.suffix)) {
            usage.scope = entry.scope;
            usage.weight = entry.weight;
            usage.limit = limitFor(path, entry.scope);
            return usage;
        }
    }
    if (isApiPath(path)) {
        // Other /api and /papi paths are not used by LoanDesk.
        usage.weight = 1;
        usage.limit = ApiIpLimit;
        return usage;
    }
    static const QString prefix = QStringLiteral("/sapi/v1/margin/");
    const QStringView tail =
        path.startsWith(prefix) ? QStringView(path).mid(prefix.size()) : QStringView(path);
    for (const Documented &entry : Table) {
        if (tail == QStringView(entry.suffix)) {
            usage.scope = entry.scope;
            usage.weight = entry.weight;
            usage.limit = entry.scope == Scope::Uid ? UidLimit : IpLimit;
            return usage;
        }
    }
    // Unknown SAPI path: assume the common IP bucket with weight 1.
    usage.weight = 1;
    usage.limit = IpLimit;
    return usage;
}

WeightTracker::Usage &WeightTracker::entry(const QString &path) {
    auto it = m_usage.find(path);
    if (it == m_usage.end())
        it = m_usage.insert(path, documented(path));
    return *it;
}

void WeightTracker::recordUsage(const QString &path, Scope scope, int used) {
    Usage &usage = entry(path);
    usage.scope = scope;
    usage.used = used;
    usage.limit = limitFor(path, scope);
    usage.observedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT usageChanged(path);
}

void WeightTracker::recordPause(const QString &path, const QDateTime &until) {
    Usage &usage = entry(path);
    if (!usage.pausedUntil.isValid() || until > usage.pausedUntil)
        usage.pausedUntil = until.toUTC();
    Q_EMIT usageChanged(path);
}

void WeightTracker::recordBan(const QDateTime &until) {
    if (!m_bannedUntil.isValid() || until > m_bannedUntil)
        m_bannedUntil = until.toUTC();
    Q_EMIT banChanged(m_bannedUntil);
}

QDateTime WeightTracker::bannedUntil() const {
    return m_bannedUntil;
}

void WeightTracker::recordResponse(const QString &path, const HttpResponse &response,
                                   const QDateTime &now) {
    if (isApiPath(path)) {
        QByteArray used = response.header("X-MBX-USED-WEIGHT-1M");
        // /papi's own docs name X-MBX-USED-WEIGHT-1M; a /sapi-style IP header is read too
        // rather than losing the figure (the simulator sends that one).
        if (used.isEmpty() && path.startsWith(u"/papi/"))
            used = response.header("X-SAPI-USED-IP-WEIGHT-1M");
        if (!used.isEmpty())
            recordUsage(path, Scope::Ip, used.trimmed().toInt());
    } else {
        // Prefer the header of the endpoint's documented bucket; fall back to the other one
        // in case the exchange relabels an endpoint.
        const QByteArray ip = response.header("X-SAPI-USED-IP-WEIGHT-1M");
        const QByteArray uid = response.header("X-SAPI-USED-UID-WEIGHT-1M");
        const bool uidFirst = documented(path).scope == Scope::Uid;
        if (uidFirst ? !uid.isEmpty() : ip.isEmpty() && !uid.isEmpty())
            recordUsage(path, Scope::Uid, uid.trimmed().toInt());
        else if (!ip.isEmpty())
            recordUsage(path, Scope::Ip, ip.trimmed().toInt());
    }
    if (response.httpStatus == 429) {
        recordPause(path,
                    RetryAfter::until(response.header("Retry-After"), DefaultRateLimitPauseS, now));
    } else if (response.httpStatus == 418) {
        // An IP ban covers every endpoint of the host, not just the one that tripped it.
        const QDateTime until =
            RetryAfter::until(response.header("Retry-After"), DefaultBanPauseS, now);
        recordPause(path, until);
        recordBan(until);
    }
}

WeightTracker::Usage WeightTracker::usage(const QString &path) const {
    const auto it = m_usage.constFind(path);
    return it == m_usage.constEnd() ? documented(path) : *it;
}

QHash<QString, WeightTracker::Usage> WeightTracker::all() const {
    return m_usage;
}

QDateTime WeightTracker::pausedUntil(const QString &path) const {
    QDateTime until = m_bannedUntil;
    const auto it = m_usage.constFind(path);
    if (it != m_usage.constEnd() && it->pausedUntil.isValid() &&
        (!until.isValid() || it->pausedUntil > until))
        until = it->pausedUntil;
    return until;
}

bool WeightTracker::isPaused(const QString &path, const QDateTime &now) const {
    const QDateTime until = pausedUntil(path);
    return until.isValid() && now < until;
}

} // namespace loandesk
