#pragma once

#include "collateral/collateralview.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QPainter;
class QRect;

namespace loandesk {

struct CollateralSnapshot;

// The band burned into a PNG snapshot under the dashboard: the shown unit's collateral by asset
// (asset, quantity, price, value, haircut, collateral value, share), its trigger prices ("BTC
// 71,420.00 (−23.6 %) → margin call") and its composition status, so a snapshot passed around
// without LoanDesk still answers "at what BTC price do we get a margin call?".
class CollateralStrip {
    Q_DECLARE_TR_FUNCTIONS(CollateralStrip)

public:
    static constexpr int MaxRows = 8; // past it: "and N more"

    // `view`: nullopt when the unit has no composition; `reason` says why it is not complete.
    CollateralStrip(qint64 groupId, std::optional<CollateralView> view, QString reason);
    static CollateralStrip forUnit(const CollateralSnapshot &collateral, qint64 groupId,
                                   bool maskEmails);

    int height() const;
    void paint(QPainter &painter, const QRect &rect) const;
    QString statusText() const;

private:
    qint64 m_groupId;
    std::optional<CollateralView> m_view;
    QString m_reason;
};

} // namespace loandesk
