#pragma once

#include "collateral/collateralview.h"

#include <QHash>
#include <QString>

namespace loandesk {

class CollateralState;
class MonitorState;

// Every unit's collateral view at one moment, as the files that leave the desk (dump, CSV, PDF,
// PNG) read it: a value, so a report is written from one consistent picture. A unit missing
// from `views` has no composition yet; `unavailableReason` says why when that is known (e.g.
// the snapshot stopped waiting for it).
struct CollateralSnapshot {
    QHash<qint64, CollateralView> views;
    QString unavailableReason;

    // Empty when `collateral` is null.
    static CollateralSnapshot from(const MonitorState &state, const CollateralState *collateral);
    const CollateralView *view(qint64 groupId) const;
    // Why `groupId`'s composition is not complete ("" when it is). Reasons name members ("no
    // read-only key for pm.desk@…"), so they are masked like every other email on request.
    QString reason(qint64 groupId, bool maskEmails = false) const;
    static QString maskEmailsIn(const QString &text);
};

} // namespace loandesk
