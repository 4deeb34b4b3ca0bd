#include "actionlimits.h"

#include <QJsonValue>

namespace loandesk {

namespace {

bool usable(const Decimal &d) {
    return d.isValid() && !d.isNegative() && d.scale() <= 8;
}

} // namespace

bool ActionLimits::isValid() const {
    return usable(typeTwiceAbove) &&
           (!fourEyesFrom || (usable(*fourEyesFrom) && fourEyesFrom->isPositive()));
}

QJsonObject ActionLimits::toJson() const {
    // Exact decimal strings, like every amount LoanDesk stores; null means "off".
    return {{QStringLiteral("typeTwiceAbove"), typeTwiceAbove.toString()},
            {QStringLiteral("fourEyesFrom"),
             fourEyesFrom ? QJsonValue(fourEyesFrom->toString()) : QJsonValue(QJsonValue::Null)}};
}

ActionLimits ActionLimits::fromJson(const QJsonObject &json, bool *ok) {
    ActionLimits limits;
    bool good = true;
    const QJsonValue twice = json.value(QStringLiteral("typeTwiceAbove"));
    if (!twice.isUndefined()) {
        const std::optional<Decimal> d = Decimal::fromString(twice.toString());
        if (d && usable(*d))
            limits.typeTwiceAbove = *d;
        else
            good = false;
    }
    const QJsonValue four = json.value(QStringLiteral("fourEyesFrom"));
    if (!four.isUndefined() && !four.isNull()) {
        const std::optional<Decimal> d = Decimal::fromString(four.toString());
        if (d && usable(*d) && d->isPositive())
            limits.fourEyesFrom = *d;
        else
            good = false; // never silently off: the caller rejects the profile
    }
    if (ok)
        *ok = good;
    return limits;
}

} // namespace loandesk
