#pragma once

#include "collateral/collateralview.h"
#include "domain/ltvbands.h"
#include "domain/riskunit.h"

#include <QGroupBox>

#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QSpinBox;
class QTableView;

namespace loandesk {

class AssetShockModel;
class StressEngine;

// The LTV before and after a borrow (positive change) or repay (negative), its band, how far
// collateral could then fall before a margin call, and the combined effect with a price shock:
// per asset (a percentage or a price for each non-stable asset, through StressEngine) when the
// unit's composition is known, else a uniform fall of all collateral (LtvMath). Nothing here
// talks to the exchange.
class WhatIfPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfPanel)

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    void setUnit(const RiskUnit &unit, const LtvBands &bands);
    // The unit's composition and a stress engine over it; without an engine (composition
    // unavailable) the shock is uniform.
    void setCollateral(const std::optional<CollateralView> &view,
                       std::unique_ptr<StressEngine> engine);
    // Signed change of liability: + borrow, − repay; invalid or empty shows "—".
    void setChange(const std::optional<Decimal> &change);
    std::optional<Decimal> currentLtv() const { return m_currentLtv; }
    std::optional<Decimal> projectedLtv() const { return m_projected; }
    void setShockPercent(int percent); // e.g. -20
    // The per-asset shocks (empty without a composition); edited in the panel's table.
    AssetShockModel *assetShocks() const { return m_assetShocks; }
    bool shocksPerAsset() const { return m_engine != nullptr; }

private:
    void recompute();

    RiskUnit m_unit;
    LtvBands m_bands;
    std::optional<Decimal> m_change;
    std::optional<Decimal> m_currentLtv;
    std::optional<Decimal> m_projected;
    std::unique_ptr<StressEngine> m_engine;
    AssetShockModel *m_assetShocks;
    QFormLayout *m_form;
    QLabel *m_current;
    QLabel *m_after;
    QLabel *m_band;
    QLabel *m_distance;
    QSpinBox *m_shock;
    QTableView *m_assetShockView;
    QLabel *m_shocked;
    QLabel *m_shockedBand;
};

} // namespace loandesk
