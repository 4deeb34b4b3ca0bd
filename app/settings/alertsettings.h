#pragma once

#include "domain/decimal.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace loandesk {

// How AlertEngine decides when to alert, and where alerts go besides the window. The LTV
// trigger levels themselves are the unit's bands (warning, margin call) plus "liquidation
// imminent" a margin below the liquidation threshold.
struct AlertSettings {
    // An alert re-arms only once LTV has fallen this far below its trigger: no flapping.
    Decimal hysteresis = Decimal::fromScaled(2, 2);
    // Liquidation imminent fires at liquidation − this margin.
    Decimal imminentMargin = Decimal::fromScaled(3, 2);
    // Above margin call, every further rise of this much alerts again.
    Decimal escalationStep = Decimal::fromScaled(2, 2);
    // The same level of the same unit does not fire again within this many seconds.
    int cooldownSeconds = 300;
    // Dead-man: polls failing (no fresh data) for this many minutes raises an alert.
    int deadManMinutes = 3;
    bool alertOnDisagreement = true;
    // Optional program run for every alert with the alert as JSON on stdin.
    QString commandHook;
    QStringList commandArguments;
    int commandTimeoutMs = 10000;

    QJsonObject toJson() const;
    static AlertSettings fromJson(const QJsonObject &json);
    bool operator==(const AlertSettings &) const = default;
};

} // namespace loandesk
