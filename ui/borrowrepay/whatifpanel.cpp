#include "whatifpanel.h"

#include "common/bandstyle.h"

#include "domain/ltvmath.h"
#include "models/displayformat.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

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
    , m_current(valueLabel(QStringLiteral("whatIfCurrentLtv"), this))
    , m_after(valueLabel(QStringLiteral("whatIfProjectedLtv"), this))
    , m_band(valueLabel(QStringLiteral("whatIfBand"), this))
    , m_distance(valueLabel(QStringLiteral("whatIfDistance"), this))
    , m_shock(new QSpinBox(this))
    , m_shocked(valueLabel(QStringLiteral("whatIfShockedLtv"), this)) {
    setObjectName(QStringLiteral("whatIfPanel"));
    m_shock->setObjectName(QStringLiteral("whatIfShock"));
    m_shock->setRange(-90, 0);
    m_shock->setSingleStep(5);
    m_shock->setSuffix(QStringLiteral(" %"));
    m_shock->setMaximumWidth(m_shock->fontMetrics().horizontalAdvance(QStringLiteral("−90 %")) * 2);
    m_shock->setToolTip(tr("A uniform fall of every collateral price, applied with the action."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("LTV now:"), m_current);
    form->addRow(tr("LTV after:"), m_after);
    form->addRow(tr("Band after:"), m_band);
    form->addRow(tr("Collateral fall to margin call:"), m_distance);
    form->addRow(tr("Collateral price shock:"), m_shock);
    form->addRow(tr("LTV after, with the shock:"), m_shocked);
    connect(m_shock, &QSpinBox::valueChanged, this, &WhatIfPanel::recompute);
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
        const Decimal shock = Decimal::fromScaled(m_shock->value(), 2);
        m_shocked->setText(DisplayFormat::ltv(LtvMath::projectedLtv(l, e, m, *m_change, shock)));
    } else {
        m_distance->setText(QStringLiteral("—"));
        m_shocked->setText(QStringLiteral("—"));
    }
}

} // namespace loandesk
