#include "profile.h"

#include <QHostAddress>
#include <QJsonArray>

#include <algorithm>

namespace loandesk {

namespace {

ApiCredentials::KeyKind kindFrom(const QJsonValue &v, ApiCredentials::KeyKind fallback) {
    const QString s = v.toString();
    if (s == u"ed25519")
        return ApiCredentials::KeyKind::Ed25519;
    if (s == u"hmac")
        return ApiCredentials::KeyKind::Hmac;
    return fallback;
}

QJsonObject bandsJson(const LtvBands &b) {
    return {{QStringLiteral("warning"), b.warning.toString()},
            {QStringLiteral("initial"), b.initial.toString()},
            {QStringLiteral("marginCall"), b.marginCall.toString()},
            {QStringLiteral("liquidation"), b.liquidation.toString()}};
}

std::optional<LtvBands> bandsFrom(const QJsonObject &o) {
    LtvBands b;
    const std::pair<QString, Decimal *> fields[] = {
        {QStringLiteral("warning"), &b.warning},
        {QStringLiteral("initial"), &b.initial},
        {QStringLiteral("marginCall"), &b.marginCall},
        {QStringLiteral("liquidation"), &b.liquidation}};
    for (const auto &[key, field] : fields) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        const std::optional<Decimal> d = Decimal::fromJson(v);
        if (!d)
            return std::nullopt;
        *field = *d;
    }
    return b.isValid() ? std::optional(b) : std::nullopt;
}

} // namespace

QString keyKindName(ApiCredentials::KeyKind kind) {
    return kind == ApiCredentials::KeyKind::Ed25519 ? QStringLiteral("ed25519")
                                                    : QStringLiteral("hmac");
}

bool Profile::isAllowedBaseUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    // Plain http would carry the API key in clear text: only to this computer.
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

Profile::Issue Profile::validate() const {
    const QList<Issue> all = issues();
    return all.isEmpty() ? Issue::None : all.first();
}

QList<Profile::Issue> Profile::issues() const {
    QList<Issue> out;
    if (name.trimmed().isEmpty())
        out.append(Issue::EmptyName);
    if (!isAllowedBaseUrl(baseUrl) || !isAllowedBaseUrl(portfolioBaseUrl))
        out.append(Issue::BadUrl);
    if (parentKeyId.trimmed().isEmpty() && creditKeyIds.isEmpty())
        out.append(Issue::NoKey);
    if (std::any_of(bands.cbegin(), bands.cend(), [](const LtvBands &b) { return !b.isValid(); }))
        out.append(Issue::BadBands);
    if (!proxy.isValid())
        out.append(Issue::BadProxy);
    if (pollIntervalMs < MinPollMs || pollIntervalMs > MaxPollMs)
        out.append(Issue::BadPollInterval);
    if (!limits.isValid())
        out.append(Issue::BadLimits);
    return out;
}

QJsonObject Profile::toJson() const {
    QJsonArray credit;
    for (auto it = creditKeyIds.cbegin(); it != creditKeyIds.cend(); ++it)
        credit.append(
            QJsonObject{{QStringLiteral("groupId"), it.key()},
                        {QStringLiteral("keyId"), it.value()},
                        {QStringLiteral("keyKind"), keyKindName(creditKeyKind(it.key()))}});
    QJsonArray members;
    for (auto it = memberKeyIds.cbegin(); it != memberKeyIds.cend(); ++it)
        members.append(QJsonObject{{QStringLiteral("email"), it.key()},
                                   {QStringLiteral("keyId"), it.value()}});
    QJsonArray unitBands;
    for (auto it = bands.cbegin(); it != bands.cend(); ++it) {
        QJsonObject o = bandsJson(it.value());
        o.insert(QStringLiteral("groupId"), it.key());
        unitBands.append(o);
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("baseUrl"), baseUrl.toString()},
            {QStringLiteral("parentKeyId"), parentKeyId},
            {QStringLiteral("keyKind"), keyKindName(keyKind)},
            {QStringLiteral("creditKeys"), credit},
            {QStringLiteral("memberKeys"), members},
            {QStringLiteral("portfolioBaseUrl"), portfolioBaseUrl.toString()},
            {QStringLiteral("readOnly"), readOnly},
            {QStringLiteral("bands"), unitBands},
            {QStringLiteral("pollIntervalMs"), pollIntervalMs},
            {QStringLiteral("proxy"), proxy.toJson()},
            {QStringLiteral("alerts"), alerts.toJson()},
            {QStringLiteral("limits"), limits.toJson()}};
}

Profile Profile::fromJson(const QJsonObject &json, QString *error) {
    Profile p;
    auto fail = [error](const QString &what) {
        if (error && error->isEmpty())
            *error = what;
    };
    p.name = json.value(QStringLiteral("name")).toString();
    if (json.contains(QStringLiteral("baseUrl"))) {
        p.baseUrl = QUrl(json.value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
        if (!isAllowedBaseUrl(p.baseUrl))
            fail(QStringLiteral("baseUrl"));
    }
    p.parentKeyId = json.value(QStringLiteral("parentKeyId")).toString();
    p.keyKind = kindFrom(json.value(QStringLiteral("keyKind")), p.keyKind);
    for (const QJsonValue &v : json.value(QStringLiteral("creditKeys")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 groupId = o.value(QStringLiteral("groupId")).toInteger();
        const QString keyId = o.value(QStringLiteral("keyId")).toString();
        if (groupId <= 0 || keyId.isEmpty()) {
            fail(QStringLiteral("creditKeys"));
            continue;
        }
        p.creditKeyIds.insert(groupId, keyId);
        const auto kind = kindFrom(o.value(QStringLiteral("keyKind")), p.keyKind);
        if (kind != p.keyKind)
            p.creditKeyKinds.insert(groupId, kind);
    }
    for (const QJsonValue &v : json.value(QStringLiteral("memberKeys")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString email = o.value(QStringLiteral("email")).toString().trimmed();
        const QString keyId = o.value(QStringLiteral("keyId")).toString();
        if (email.isEmpty() || keyId.isEmpty()) {
            fail(QStringLiteral("memberKeys"));
            continue;
        }
        p.memberKeyIds.insert(email, keyId);
    }
    if (json.contains(QStringLiteral("portfolioBaseUrl"))) {
        p.portfolioBaseUrl =
            QUrl(json.value(QStringLiteral("portfolioBaseUrl")).toString(), QUrl::StrictMode);
        if (!isAllowedBaseUrl(p.portfolioBaseUrl))
            fail(QStringLiteral("portfolioBaseUrl"));
    }
    // Anything but an explicit false keeps the safe default.
    p.readOnly = json.value(QStringLiteral("readOnly")).toBool(true);
    for (const QJsonValue &v : json.value(QStringLiteral("bands")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 groupId = o.value(QStringLiteral("groupId")).toInteger();
        const std::optional<LtvBands> b = bandsFrom(o);
        if (groupId <= 0 || !b) {
            fail(QStringLiteral("bands"));
            continue;
        }
        p.bands.insert(groupId, *b);
    }
    p.pollIntervalMs = json.value(QStringLiteral("pollIntervalMs")).toInt(DefaultPollMs);
    if (p.pollIntervalMs < MinPollMs || p.pollIntervalMs > MaxPollMs) {
        fail(QStringLiteral("pollIntervalMs"));
        p.pollIntervalMs = DefaultPollMs;
    }
    p.proxy = ProxySettings::fromJson(json.value(QStringLiteral("proxy")).toObject());
    p.alerts = AlertSettings::fromJson(json.value(QStringLiteral("alerts")).toObject());
    // Schema 2 files written before the thresholds existed have no "limits": the defaults are
    // what LoanDesk did then (type twice above 100 000, no four-eyes), so no migration is needed.
    bool limitsOk = true;
    p.limits = ActionLimits::fromJson(json.value(QStringLiteral("limits")).toObject(), &limitsOk);
    if (!limitsOk)
        fail(QStringLiteral("limits"));
    return p;
}

} // namespace loandesk
