#pragma once

#include "domain/ltvbands.h"
#include "domain/riskunit.h"

#include <QWidget>

#include <array>

class QDoubleSpinBox;
class QLabel;

namespace loandesk {

class BandSwatch;
class MonitorState;

// How far the selected unit is from each band, as a treasurer thinks of it: the uniform fall in
// collateral value that reaches each threshold, what a repayment would bring LTV back to a
// target, and where LTV would stand after a 10/20/30 % fall.
class DistancePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistancePanel)

public:
    explicit DistancePanel(MonitorState *state, QWidget *parent = nullptr);

    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }

    // The sentence shown for a threshold band (Warning, AboveInitial, MarginCall, Liquidation).
    QString distanceText(LtvBand band) const;
    QString repayText() const;
    QDoubleSpinBox *targetSpinBox() const { return m_target; }

private:
    static constexpr std::array<LtvBand, 4> Thresholds = {
        LtvBand::Warning, LtvBand::AboveInitial, LtvBand::MarginCall, LtvBand::Liquidation};
    static constexpr std::array<int, 3> Shocks = {10, 20, 30}; // percent falls

    void reload();
    void updateDistances();
    void updateRepay();
    void updateStress();
    QString pastText(LtvBand band) const;
    QString liabilityAsset() const;

    MonitorState *m_state;
    qint64 m_groupId = 0;
    bool m_hasUnit = false;
    RiskUnit m_unit;
    LtvBands m_bands;
    QLabel *m_note;
    std::array<QLabel *, 4> m_distance{};
    std::array<QLabel *, 4> m_threshold{};
    QDoubleSpinBox *m_target;
    QLabel *m_repay;
    std::array<QLabel *, 3> m_stress{};
    std::array<BandSwatch *, 3> m_stressSwatch{};
};

} // namespace loandesk
