#pragma once

#include "alerts/alert.h"

#include <QString>

namespace loandesk {

// Words an Alert for people: a short title for the tray and banner, and a sentence naming the
// unit, the level, the value and the time (with its zone).
class AlertText {
public:
    static QString level(const Alert &alert);
    static QString title(const Alert &alert);
    static QString body(const Alert &alert);
};

} // namespace loandesk
