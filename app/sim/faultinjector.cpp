#include "faultinjector.h"

#include <QMutexLocker>

namespace loandesk::sim {

namespace {

struct KindName {
    FaultInjector::Kind kind;
    const char16_t *name;
};

constexpr KindName KindNames[] = {
    {FaultInjector::Kind::Latency, u"latency"},
    {FaultInjector::Kind::ServerError, u"5xx"},
    {FaultInjector::Kind::ServerErrorText, u"5xx-text"},
    {FaultInjector::Kind::RateLimited, u"429"},
    {FaultInjector::Kind::Banned, u"418"},
    {FaultInjector::Kind::MalformedJson, u"malformed-json"},
    {FaultInjector::Kind::TruncatedBody, u"truncated"},
    {FaultInjector::Kind::HtmlErrorPage, u"html"},
    {FaultInjector::Kind::DropConnection, u"drop"},
    {FaultInjector::Kind::ResponseLost, u"response-lost"},
    {FaultInjector::Kind::ExecutesLate, u"executes-late"},
    {FaultInjector::Kind::RecordsLate, u"records-late"},
    {FaultInjector::Kind::MissingAsset, u"missing-asset"},
    {FaultInjector::Kind::NegativeBalance, u"negative-balance"},
    {FaultInjector::Kind::UnknownAsset, u"unknown-asset"},
    {FaultInjector::Kind::UnpricedAsset, u"unpriced-asset"},
    {FaultInjector::Kind::TierGap, u"tier-gap"},
};

} // namespace

std::optional<FaultInjector::Kind> FaultInjector::kindFromName(const QString &name) {
    for (const KindName &k : KindNames) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString FaultInjector::kindName(Kind kind) {
    for (const KindName &k : KindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

qint64 FaultInjector::defaultParam(Kind kind) {
    switch (kind) {
    case Kind::ServerError:
        return 503;
    case Kind::ServerErrorText:
        return 500;
    case Kind::RateLimited:
        return 10;
    case Kind::Banned:
        return 120;
    case Kind::ExecutesLate:
    case Kind::RecordsLate:
        return 30000;
    default:
        return 0;
    }
}

void FaultInjector::add(const Fault &fault) {
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultInjector::addOnce(const QString &endpoint, Kind kind, qint64 param) {
    add(Fault{endpoint, kind, param, 1});
}

void FaultInjector::addPersistent(const QString &endpoint, Kind kind, qint64 param) {
    add(Fault{endpoint, kind, param, -1});
}

bool FaultInjector::addFromSpec(const QString &spec, QString *error) {
    const QStringList parts = spec.split(u':');
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("bad fault \"%1\": %2 (form endpoint:kind[:param][:once|:N];"
                                    " kinds: skew, %3)")
                         .arg(spec, why, [] {
                             QStringList names;
                             for (const KindName &k : KindNames)
                                 names.append(QString::fromUtf16(k.name));
                             return names.join(QStringLiteral(", "));
                         }());
        return false;
    };
    if (parts.size() < 2 || parts.size() > 4 || parts.at(0).isEmpty())
        return fail(QStringLiteral("wrong number of fields"));
    bool ok = true;
    const qint64 param =
        parts.size() > 2 && !parts.at(2).isEmpty() ? parts.at(2).toLongLong(&ok) : 0;
    if (!ok)
        return fail(QStringLiteral("param is not an integer"));
    if (parts.at(1) == u"skew") {
        setClockSkewMs(param);
        return true;
    }
    const std::optional<Kind> kind = kindFromName(parts.at(1));
    if (!kind)
        return fail(QStringLiteral("unknown kind"));
    int remaining = -1;
    if (parts.size() == 4) {
        remaining = parts.at(3) == u"once" ? 1 : parts.at(3).toInt(&ok);
        if (!ok || remaining < 1)
            return fail(QStringLiteral("count must be \"once\" or a positive integer"));
    }
    add(Fault{parts.at(0), *kind, param, remaining});
    return true;
}

void FaultInjector::clear() {
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
    m_clockSkewMs = 0;
}

QList<FaultInjector::Fault> FaultInjector::faults() const {
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

bool FaultInjector::matches(const QString &endpoint, const QByteArray &path) {
    if (endpoint == u"*" || endpoint == u"all")
        return true;
    const QString p = QString::fromUtf8(path);
    return p == endpoint || p.endsWith(u'/' + endpoint);
}

FaultInjector::Plan FaultInjector::take(const QByteArray &path) {
    QMutexLocker lock(&m_mutex);
    Plan plan;
    for (Fault &f : m_faults) {
        if (!matches(f.endpoint, path))
            continue;
        if (f.kind == Kind::Latency) {
            plan.latencyMs += f.param;
        } else if (f.kind == Kind::RecordsLate) {
            plan.recordsLateMs += f.param == 0 ? defaultParam(f.kind) : f.param;
        } else if (plan.outcome) {
            continue; // one outcome per request; later faults wait for later requests
        } else {
            plan.outcome = f;
            if (plan.outcome->param == 0)
                plan.outcome->param = defaultParam(f.kind);
        }
        if (f.remaining > 0)
            --f.remaining;
    }
    m_faults.removeIf([](const Fault &f) { return f.remaining == 0; });
    return plan;
}

qint64 FaultInjector::clockSkewMs() const {
    QMutexLocker lock(&m_mutex);
    return m_clockSkewMs;
}

void FaultInjector::setClockSkewMs(qint64 skewMs) {
    QMutexLocker lock(&m_mutex);
    m_clockSkewMs = skewMs;
}

} // namespace loandesk::sim
