#include "alert.h"

#include "domain/isoutc.h"

#include <QTimeZone>

namespace loandesk {

namespace {
constexpr Alert::Kind AllKinds[] = {
    Alert::Kind::LtvWarning,      Alert::Kind::MarginCall,       Alert::Kind::LiquidationImminent,
    Alert::Kind::LtvEscalation,   Alert::Kind::FeedDown,         Alert::Kind::Paused,
    Alert::Kind::LtvDisagreement, Alert::Kind::ForcedLiquidation};
}

Alert::Severity Alert::severity() const {
    switch (kind) {
    case Kind::LtvDisagreement:
    case Kind::Paused:
        return Severity::Notice;
    case Kind::LtvWarning:
        return Severity::Warning;
    case Kind::MarginCall:
    case Kind::LiquidationImminent:
    case Kind::LtvEscalation:
    case Kind::FeedDown:
    case Kind::ForcedLiquidation:
        return Severity::Critical;
    }
    return Severity::Critical;
}

QString Alert::kindKey(Kind kind) {
    switch (kind) {
    case Kind::LtvWarning:
        return QStringLiteral("warning");
    case Kind::MarginCall:
        return QStringLiteral("margin_call");
    case Kind::LiquidationImminent:
        return QStringLiteral("liquidation_imminent");
    case Kind::LtvEscalation:
        return QStringLiteral("escalation");
    case Kind::FeedDown:
        return QStringLiteral("feed_down");
    case Kind::Paused:
        return QStringLiteral("paused");
    case Kind::LtvDisagreement:
        return QStringLiteral("ltv_disagreement");
    case Kind::ForcedLiquidation:
        return QStringLiteral("forced_liquidation");
    }
    return {};
}

QString Alert::severityKey(Severity severity) {
    switch (severity) {
    case Severity::Notice:
        return QStringLiteral("notice");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QJsonObject Alert::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("severity"), severityKey(severity())},
                  {QStringLiteral("groupId"), groupId},
                  {QStringLiteral("raisedAt"), isoUtc(raisedAt)}};
    o.insert(QStringLiteral("value"), value ? QJsonValue(value->toString()) : QJsonValue());
    if (threshold.isValid())
        o.insert(QStringLiteral("threshold"), threshold.toString());
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (isAcknowledged()) {
        o.insert(QStringLiteral("acknowledgedAt"), isoUtc(acknowledgedAt));
        o.insert(QStringLiteral("note"), note);
    }
    return o;
}

std::optional<Alert> Alert::fromJson(const QJsonObject &json) {
    Alert a;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (Kind k : AllKinds) {
        if (kindKey(k) == kind) {
            a.kind = k;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    a.id = json.value(QStringLiteral("id")).toInteger();
    a.groupId = json.value(QStringLiteral("groupId")).toInteger();
    a.value = Decimal::fromString(json.value(QStringLiteral("value")).toString());
    a.threshold = Decimal::fromString(json.value(QStringLiteral("threshold")).toString())
                      .value_or(Decimal::invalid());
    a.raisedAt =
        QDateTime::fromString(json.value(QStringLiteral("raisedAt")).toString(), Qt::ISODateWithMs);
    a.detail = json.value(QStringLiteral("detail")).toString();
    a.acknowledgedAt = QDateTime::fromString(
        json.value(QStringLiteral("acknowledgedAt")).toString(), Qt::ISODateWithMs);
    a.note = json.value(QStringLiteral("note")).toString();
    return a;
}

} // namespace loandesk
