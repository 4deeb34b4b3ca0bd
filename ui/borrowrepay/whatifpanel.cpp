#include "whatifpanel.h"

#include "common/bandstyle.h"
#include "common/numberdelegate.h"

#include "collateral/stressengine.h"
#include "domain/ltvmath.h"
#include "models/assetshockmodel.h"
#include "models/displayformat.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

namespace loandesk {

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Every band in words, the safe one too (BandStyle names only the thresholds).
QString bandName(LtvBand band) {
    switch (band) {
    case LtvBand::Normal:
        return WhatIfPanel::tr("Normal");
    case LtvBand::AboveInitial:
        return WhatIfPanel::tr("Above initial LTV (borrowing blocked)");
    case LtvBand::Undefined:
        return WhatIfPanel::tr("Undefined: no equity above maintenance margin");
    default:
        return BandStyle::thresholdName(band);
    }
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QGroupBox(tr("What if"), parent)
    , m_assetShocks(new AssetShockModel(this))
    , m_form(new QFormLayout(this))
    , m_current(valueLabel(QStringLiteral("whatIfCurrentLtv"), this))
    , m_after(valueLabel(QStringLiteral("whatIfProjectedLtv"), this))
    , m_band(valueLabel(QStringLiteral("whatIfBand"), this))
    , m_distance(valueLabel(QStringLiteral("whatIfDistance"), this))
    , m_shock(new QSpinBox(this))
    , m_assetShockView(new QTableView(this))
    , m_shocked(valueLabel(QStringLiteral("whatIfShockedLtv"), this))
    , m_shockedBand(valueLabel(QStringLiteral("whatIfShockedBand"), this)) {
    setObjectName(QStringLiteral("whatIfPanel"));
    m_shock->setObjectName(QStringLiteral("whatIfShock"));
    m_shock->setRange(-90, 0);
    m_shock->setSingleStep(5);
    m_shock->setSuffix(QStringLiteral(" %"));
    m_shock->setMaximumWidth(m_shock->fontMetrics().horizontalAdvance(QStringLiteral("−90 %")) * 2);
    m_shock->setToolTip(tr("A uniform fall of every collateral price, applied with the action."));

    // Each non-stable asset's change, typed as a percentage or as a price.
    m_assetShockView->setObjectName(QStringLiteral("whatIfAssetShocks"));
    m_assetShockView->setModel(m_assetShocks);
    auto *numbers = new NumberDelegate(m_assetShockView);
    m_assetShockView->setItemDelegateForColumn(AssetShockModel::PriceNowColumn, numbers);
    m_assetShockView->verticalHeader()->hide();
    m_assetShockView->horizontalHeader()->setStretchLastSection(true);
    m_assetShockView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_assetShockView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_assetShockView->setToolTip(tr("Type a change in percent or a shocked price for each "
                                    "asset; stablecoins keep their price."));
    m_assetShockView->setAccessibleName(tr("Price shock per asset"));

    m_form->addRow(tr("LTV now:"), m_current);
    m_form->addRow(tr("LTV after:"), m_after);
    m_form->addRow(tr("Band after:"), m_band);
    m_form->addRow(tr("Collateral fall to margin call:"), m_distance);
    m_form->addRow(tr("Collateral price shock:"), m_shock);
    m_form->addRow(tr("Price shock per asset:"), m_assetShockView);
    m_form->addRow(tr("LTV after, with the shock:"), m_shocked);
    m_form->addRow(tr("Band after, with the shock:"), m_shockedBand);
    m_form->setRowVisible(m_assetShockView, false);
    connect(m_shock, &QSpinBox::valueChanged, this, &WhatIfPanel::recompute);
    connect(m_assetShocks, &AssetShockModel::shocksChanged, this, &WhatIfPanel::recompute);
    recompute();
}

WhatIfPanel::~WhatIfPanel() = default;

void WhatIfPanel::setCollateral(const std::optional<CollateralView> &view,
                                std::unique_ptr<StressEngine> engine) {
    m_engine = view && view->isValued() ? std::move(engine) : nullptr;
    QMap<QString, Decimal> prices;
    if (m_engine) {
        for (const PriceTrigger &t : view->triggers)
            prices.insert(t.asset, t.priceUsd);
    }
    {
        // One recompute below, not one per asset.
        const QSignalBlocker block(m_assetShocks);
        m_assetShocks->setAssets(prices);
    }
    const bool perAsset = m_engine != nullptr;
    m_form->setRowVisible(m_shock, !perAsset);
    m_form->setRowVisible(m_assetShockView, perAsset);
    if (perAsset) {
        m_assetShockView->resizeColumnsToContents();
        const int rows = std::max(1, m_assetShocks->rowCount());
        m_assetShockView->setFixedHeight(
            m_assetShockView->horizontalHeader()->sizeHint().height() +
            rows * m_assetShockView->verticalHeader()->defaultSectionSize() +
            2 * m_assetShockView->frameWidth());
    }
    recompute();
}

void WhatIfPanel::setUnit(const RiskUnit &unit, const LtvBands &bands) {
    m_unit = unit;
    m_bands = bands;
    recompute();
}

void WhatIfPanel::setChange(const std::optional<Decimal> &change) {
    m_change = change;
    recompute();
}

void WhatIfPanel::setShockPercent(int percent) {
    m_shock->setValue(percent);
}

void WhatIfPanel::recompute() {
    const Decimal &l = m_unit.totalLiability;
    const Decimal &e = m_unit.totalNetEquity;
    const Decimal &m = m_unit.totalMaintenanceMargin;
    m_currentLtv = m_unit.groupId != 0 ? LtvMath::ltv(l, e, m) : std::nullopt;
    m_current->setText(DisplayFormat::ltv(m_currentLtv));

    const bool known = m_unit.groupId != 0 && m_change && m_change->isValid();
    m_projected = known ? LtvMath::projectedLtv(l, e, m, *m_change) : std::nullopt;
    m_after->setText(known ? DisplayFormat::ltv(m_projected) : QStringLiteral("—"));
    m_band->setText(known ? bandName(m_bands.classify(m_projected)) : QStringLiteral("—"));

    if (known) {
        // After the action L and E both move by the change (LtvMath's model).
        const std::optional<Decimal> drop =
            LtvMath::collateralDropTo(l + *m_change, e + *m_change, m, m_bands.marginCall);
        m_distance->setText(drop ? DisplayFormat::percent(*drop) : QStringLiteral("—"));
    } else {
        m_distance->setText(QStringLiteral("—"));
    }
    if (m_engine && m_unit.groupId != 0) {
        // A shock alone is worth seeing before any amount is typed.
        const StressResult r =
            m_engine->apply(m_assetShocks->shockedPrices(), known ? *m_change : Decimal());
        m_shocked->setText(DisplayFormat::ltv(r.ltv));
        m_shockedBand->setText(bandName(m_bands.classify(r.ltv)));
    } else if (known) {
        const Decimal shock = Decimal::fromScaled(m_shock->value(), 2);
        const std::optional<Decimal> ltv = LtvMath::projectedLtv(l, e, m, *m_change, shock);
        m_shocked->setText(DisplayFormat::ltv(ltv));
        m_shockedBand->setText(bandName(m_bands.classify(ltv)));
    } else {
        m_shocked->setText(QStringLiteral("—"));
        m_shockedBand->setText(QStringLiteral("—"));
    }
}

} // namespace loandesk
