#pragma once

#include "collateral/collateralratios.h"
#include "collateral/collateralview.h"
#include "collateral/walletholdings.h"

#include "domain/riskunit.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

namespace loandesk {

class MonitorState;
class StressEngine;

// The per-asset picture of every unit the desk monitors, next to MonitorState (which holds
// ltv-details). Fed by CompositionPoller with holdings, prices and ratio tables; rebuilds each
// unit's CollateralView when any of them or the unit's ltv-details figures change, and emits
// `updated` once per burst. Lives on the GUI thread.
class CollateralState final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollateralState)

public:
    explicit CollateralState(MonitorState *monitor, QObject *parent = nullptr);
    ~CollateralState() override;

    void setHoldings(qint64 groupId, const QList<WalletHoldings> &holdings);
    void setPrices(const QMap<QString, Decimal> &pricesUsd, const QDateTime &at);
    void setRatios(const CollateralRatios &ratios);
    // Prices could not be read: every unit becomes Unavailable with this reason until the
    // next setPrices; the last good composition stays (its pricedAt shows its age).
    void setPricesError(const QString &reason);
    // A ratio table could not be read: wallets of a kind whose table was never received are
    // Unavailable with this reason until the next setRatios. A table received earlier stays
    // in use (the exchange changes its ratios rarely, and announces it).
    void setRatiosError(const QString &reason);

    // nullopt before anything could be composed for this unit.
    std::optional<CollateralView> view(qint64 groupId) const;
    // A stress engine for this unit's current figures (for what-if); nullptr when not valued.
    std::unique_ptr<StressEngine> stressEngine(qint64 groupId) const;
    QMap<QString, Decimal> prices() const;
    QDateTime pricesAt() const;
    const CollateralRatios &ratios() const;

Q_SIGNALS:
    void updated();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace loandesk
