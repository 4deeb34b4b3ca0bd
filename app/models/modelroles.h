#pragma once

#include <Qt>

namespace loandesk {

// Raw values the models expose beside their display text, so delegates in ui/ can choose
// colours, icons and patterns without parsing strings.
enum ModelRole {
    GroupIdRole = Qt::UserRole + 1, // qint64
    BandRole,                       // int(LtvBand)
    DecimalRole,                    // QVariant<Decimal>: the exact value of an amount cell
    RatioRole,                      // double, 0..1, for bars and charts only
    StaleRole,                      // bool: the figure is older than the stale threshold
    AsOfRole,                       // QDateTime (UTC) the figure was received
};

} // namespace loandesk
