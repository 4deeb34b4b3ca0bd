#pragma once

#include "domain/ltvbands.h"
#include "domain/riskunit.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QSpinBox;

namespace loandesk {

// The LTV before and after a borrow (positive change) or repay (negative), its band, how far
// collateral could then fall before a margin call, and the combined effect with a uniform
// collateral price shock. All from LtvMath; nothing here talks to the exchange.
class WhatIfPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfPanel)

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);

    void setUnit(const RiskUnit &unit, const LtvBands &bands);
    // Signed change of liability: + borrow, − repay; invalid or empty shows "—".
    void setChange(const std::optional<Decimal> &change);
    std::optional<Decimal> currentLtv() const { return m_currentLtv; }
    std::optional<Decimal> projectedLtv() const { return m_projected; }
    void setShockPercent(int percent); // e.g. -20

private:
    void recompute();

    RiskUnit m_unit;
    LtvBands m_bands;
    std::optional<Decimal> m_change;
    std::optional<Decimal> m_currentLtv;
    std::optional<Decimal> m_projected;
    QLabel *m_current;
    QLabel *m_after;
    QLabel *m_band;
    QLabel *m_distance;
    QSpinBox *m_shock;
    QLabel *m_shocked;
};

} // namespace loandesk
