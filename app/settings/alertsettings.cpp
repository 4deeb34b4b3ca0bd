#include "alertsettings.h"

#include <QJsonArray>

namespace loandesk {

namespace {

Decimal decimalOr(const QJsonObject &json, const QString &key, const Decimal &fallback) {
    const std::optional<Decimal> d = Decimal::fromString(json.value(key).toString());
    return d && !d->isNegative() ? *d : fallback;
}

} // namespace

QJsonObject AlertSettings::toJson() const {
    return {{QStringLiteral("hysteresis"), hysteresis.toString()},
            {QStringLiteral("imminentMargin"), imminentMargin.toString()},
            {QStringLiteral("escalationStep"), escalationStep.toString()},
            {QStringLiteral("cooldownSeconds"), cooldownSeconds},
            {QStringLiteral("deadManMinutes"), deadManMinutes},
            {QStringLiteral("alertOnDisagreement"), alertOnDisagreement},
            {QStringLiteral("commandHook"), commandHook},
            {QStringLiteral("commandArguments"), QJsonArray::fromStringList(commandArguments)},
            {QStringLiteral("commandTimeoutMs"), commandTimeoutMs}};
}

AlertSettings AlertSettings::fromJson(const QJsonObject &json) {
    AlertSettings s;
    s.hysteresis = decimalOr(json, QStringLiteral("hysteresis"), s.hysteresis);
    s.imminentMargin = decimalOr(json, QStringLiteral("imminentMargin"), s.imminentMargin);
    s.escalationStep = decimalOr(json, QStringLiteral("escalationStep"), s.escalationStep);
    s.cooldownSeconds =
        qMax(0, json.value(QStringLiteral("cooldownSeconds")).toInt(s.cooldownSeconds));
    s.deadManMinutes =
        qMax(1, json.value(QStringLiteral("deadManMinutes")).toInt(s.deadManMinutes));
    s.alertOnDisagreement = json.value(QStringLiteral("alertOnDisagreement")).toBool(true);
    s.commandHook = json.value(QStringLiteral("commandHook")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("commandArguments")).toArray())
        s.commandArguments.append(v.toString());
    s.commandTimeoutMs = qBound(
        100, json.value(QStringLiteral("commandTimeoutMs")).toInt(s.commandTimeoutMs), 600000);
    return s;
}

} // namespace loandesk
