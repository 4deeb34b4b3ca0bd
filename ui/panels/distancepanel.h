#pragma once

#include "collateral/collateralview.h"
#include "domain/ltvbands.h"
#include "domain/riskunit.h"

#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace loandesk {

class AssetShockModel;
class BandSwatch;
class CollateralState;
class MonitorState;
class StressEngine;

// How far the selected unit is from each band, as a treasurer thinks of it. With the unit's
// collateral by asset: the price of one asset alone that reaches each band ("BTC 71,420.00
// (−23.6 %) → margin call") and the joint fall of every non-stable asset; without it (or for
// the wallets not valued) the uniform fall in collateral value. Then the two cures for a
// target LTV, repaying or adding collateral, and where LTV would stand after a 10/20/30 % fall.
class DistancePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistancePanel)

public:
    explicit DistancePanel(MonitorState *state, QWidget *parent = nullptr);
    ~DistancePanel() override;

    // Without it every distance is the uniform fall, as for a unit whose composition is
    // unavailable.
    void setCollateral(CollateralState *collateral);
    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }

    // The uniform-fall sentence for a threshold band (Warning, AboveInitial, MarginCall,
    // Liquidation).
    QString distanceText(LtvBand band) const;
    // The trigger price of the asset chosen in triggerAssetCombo() for `band` ("BTC 71,420.00
    // (−23.6 %) → margin call"), and the joint fall of all non-stable assets ("−18.2 %");
    // empty when the composition is unavailable.
    QString triggerText(LtvBand band) const;
    QString jointText(LtvBand band) const;
    QString repayText() const;
    QString addCollateralText() const;
    QDoubleSpinBox *targetSpinBox() const { return m_target; }
    QComboBox *triggerAssetCombo() const { return m_triggerAsset; }
    QComboBox *addAssetCombo() const { return m_addAsset; }

    // At least the height the current width needs: the wrapped notes grow as the panel
    // narrows, and the splitter that places it knows nothing of height-for-width.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr std::array<LtvBand, 4> Thresholds = {
        LtvBand::Warning, LtvBand::AboveInitial, LtvBand::MarginCall, LtvBand::Liquidation};
    static constexpr std::array<int, 3> Shocks = {10, 20, 30}; // percent falls

    void reload();
    void reloadCollateral();
    static void setItems(QComboBox *combo, const QStringList &items, const QString &current);
    void updateCoverage();
    void updateTriggers();
    void updateDistances();
    void updateRepay();
    void updateAddCollateral();
    void updateStress();
    QWidget *buildTriggerSection();
    QWidget *buildUniformSection();
    bool isPast(LtvBand band) const;
    QString pastText(LtvBand band) const;
    QString liabilityAsset() const;
    std::optional<Decimal> targetRatio() const;

    MonitorState *m_state;
    CollateralState *m_collateral = nullptr;
    qint64 m_groupId = 0;
    bool m_hasUnit = false;
    RiskUnit m_unit;
    LtvBands m_bands;
    std::optional<CollateralView> m_view;
    std::unique_ptr<StressEngine> m_engine;
    AssetShockModel *m_shocks; // the 10/20/30 % falls as per-asset prices
    QLabel *m_note;
    QLabel *m_coverage;
    QWidget *m_triggerSection = nullptr;
    QComboBox *m_triggerAsset = nullptr;
    bool m_assetChosen = false; // by the user; until then the nearest to margin call is shown
    std::array<QLabel *, 4> m_trigger{};
    std::array<QLabel *, 4> m_joint{};
    QWidget *m_uniformSection = nullptr;
    QLabel *m_uniformTitle = nullptr;
    std::array<QLabel *, 4> m_distance{};
    std::array<QLabel *, 4> m_threshold{};
    QDoubleSpinBox *m_target;
    QLabel *m_repay;
    QComboBox *m_addAsset;
    QLabel *m_add;
    std::array<QLabel *, 3> m_stress{};
    std::array<BandSwatch *, 3> m_stressSwatch{};
    QWidget *m_content;           // holds the layout, so that its requests stop at the panel
    std::array<QSize, 2> m_needs; // sizeHint and minimumSizeHint as last announced
};

} // namespace loandesk
