#pragma once

#include "displayformat.h"

#include <QObject>

namespace loandesk {

// Tells widgets that show times when DisplayFormat's zone changed, so every open window
// repaints its dates at once instead of being updated by hand. One per process (see
// DisplayFormat::notifier()); GUI thread.
class DisplayZoneNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayZoneNotifier)

public:
    using QObject::QObject;

Q_SIGNALS:
    void zoneChanged(DisplayFormat::Zone zone);
};

} // namespace loandesk
