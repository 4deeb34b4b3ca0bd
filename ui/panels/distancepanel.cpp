#include "distancepanel.h"

#include "bandswatch.h"
#include "common/bandstyle.h"

#include "domain/ltvmath.h"
#include "models/displayformat.h"
#include "models/riskunitlistmodel.h"
#include "monitor/monitorstate.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace loandesk {

namespace {

QString keyOf(LtvBand band) {
    switch (band) {
    case LtvBand::Warning:
        return QStringLiteral("warning");
    case LtvBand::AboveInitial:
        return QStringLiteral("initial");
    case LtvBand::MarginCall:
        return QStringLiteral("marginCall");
    default:
        return QStringLiteral("liquidation");
    }
}

QLabel *sectionLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

DistancePanel::DistancePanel(MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_note(new QLabel(this))
    , m_target(new QDoubleSpinBox(this))
    , m_repay(new QLabel(this)) {
    setObjectName(QStringLiteral("distancePanel"));
    setAccessibleName(tr("Distance to LTV bands"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_note->setObjectName(QStringLiteral("distanceNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    layout->addWidget(sectionLabel(tr("Collateral fall that reaches each band"), this));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        const int row = int(i);
        grid->addWidget(new BandSwatch(Thresholds[i], this), row, 0);
        m_distance[i] = new QLabel(this);
        m_distance[i]->setObjectName(QStringLiteral("distance.") + keyOf(Thresholds[i]));
        m_distance[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(m_distance[i], row, 1);
        m_threshold[i] = new QLabel(this);
        m_threshold[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_threshold[i]->setToolTip(tr("Threshold LTV from the credit agreement"));
        grid->addWidget(m_threshold[i], row, 2);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addSpacing(6);

    layout->addWidget(sectionLabel(tr("Repay to reach a target LTV"), this));
    auto *targetRow = new QHBoxLayout;
    auto *targetLabel = new QLabel(tr("Target LTV"), this);
    m_target->setObjectName(QStringLiteral("repayTargetSpin"));
    m_target->setRange(1, 99.99);
    m_target->setDecimals(2);
    m_target->setSingleStep(1);
    m_target->setSuffix(QStringLiteral(" %"));
    m_target->setValue(75);
    m_target->setAccessibleName(tr("Target LTV in percent"));
    targetLabel->setBuddy(m_target);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target);
    targetRow->addStretch(1);
    layout->addLayout(targetRow);
    m_repay->setObjectName(QStringLiteral("repayText"));
    m_repay->setWordWrap(true);
    m_repay->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_repay);
    layout->addSpacing(6);

    layout->addWidget(sectionLabel(tr("If collateral falls"), this));
    auto *stress = new QGridLayout;
    stress->setHorizontalSpacing(8);
    stress->setVerticalSpacing(4);
    for (size_t i = 0; i < Shocks.size(); ++i) {
        m_stressSwatch[i] = new BandSwatch(LtvBand::Normal, this);
        stress->addWidget(m_stressSwatch[i], int(i), 0);
        m_stress[i] = new QLabel(this);
        m_stress[i]->setObjectName(QStringLiteral("stress.%1").arg(Shocks[i]));
        stress->addWidget(m_stress[i], int(i), 1);
    }
    stress->setColumnStretch(1, 1);
    layout->addLayout(stress);
    layout->addStretch(1);

    connect(m_target, &QDoubleSpinBox::valueChanged, this, &DistancePanel::updateRepay);
    connect(state, &MonitorState::updated, this, &DistancePanel::reload);
    reload();
}

void DistancePanel::setGroupId(qint64 groupId) {
    const bool changed = groupId != m_groupId;
    m_groupId = groupId;
    if (changed) {
        // A new unit starts from its own warning level as the repay target.
        const QSignalBlocker block(m_target);
        m_target->setValue(m_state->bands(groupId).warning.toDouble() * 100);
    }
    reload();
}

void DistancePanel::reload() {
    if (const UnitStatus *s = m_state->unit(m_groupId)) {
        m_unit = s->unit;
        m_hasUnit = true;
    } else if (m_groupId == 0) {
        m_hasUnit = false; // a unit missing from one poll keeps its last figures
    }
    m_bands = m_state->bands(m_groupId);
    const bool undefined = m_hasUnit && !m_unit.computedLtv();
    m_note->setVisible(undefined);
    m_note->setText(tr("LTV is undefined: net equity does not exceed maintenance margin, so any "
                       "further fall in collateral leaves the unit at risk of liquidation."));
    updateDistances();
    updateRepay();
    updateStress();
}

QString DistancePanel::pastText(LtvBand band) const {
    switch (band) {
    case LtvBand::Warning:
        return tr("Past the warning level");
    case LtvBand::AboveInitial:
        return tr("Past initial LTV: borrowing blocked");
    case LtvBand::MarginCall:
        return tr("Past margin call");
    default:
        return tr("Past liquidation");
    }
}

QString DistancePanel::distanceText(LtvBand band) const {
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        if (Thresholds[i] == band)
            return m_distance[i]->text();
    }
    return {};
}

QString DistancePanel::repayText() const {
    return m_repay->text();
}

void DistancePanel::updateDistances() {
    const RiskUnit &u = m_unit;
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        const LtvBand band = Thresholds[i];
        const Decimal threshold = m_bands.threshold(band);
        m_threshold[i]->setText(DisplayFormat::percent(threshold));
        const QString name = BandStyle::thresholdName(band);
        if (!m_hasUnit) {
            m_distance[i]->setText(name);
            continue;
        }
        const std::optional<Decimal> drop = LtvMath::collateralDropTo(
            u.totalLiability, u.totalNetEquity, u.totalMaintenanceMargin, threshold);
        if (!drop) {
            m_distance[i]->setText(tr("%1: cannot be computed, LTV undefined").arg(name));
        } else if (!drop->isPositive()) {
            m_distance[i]->setText(pastText(band));
        } else {
            // Rounded down: a risk figure errs toward the smaller fall.
            const Decimal shown =
                drop->rounded(DisplayFormat::RatioPlaces + 2, Decimal::Rounding::Down);
            m_distance[i]->setText(
                tr("%1 if collateral falls %2").arg(name, DisplayFormat::percent(shown)));
        }
    }
}

QString DistancePanel::liabilityAsset() const {
    // Repayment comes out of the margin wallet in the borrowed asset.
    return m_unit.liabilities.isEmpty() ? QStringLiteral("USDT") : m_unit.liabilities.first().asset;
}

void DistancePanel::updateRepay() {
    const std::optional<Decimal> target =
        Decimal::fromString(QString::number(m_target->value(), 'f', 2));
    if (!m_hasUnit || !target) {
        m_repay->setText(tr("Select a risk unit to see the repayment needed."));
        return;
    }
    const Decimal ratio = target->dividedBy(Decimal::fromInt(100), 4);
    const QString targetText = DisplayFormat::percent(ratio);
    const RiskUnit &u = m_unit;
    const std::optional<Decimal> repay =
        LtvMath::repayToReach(u.totalLiability, u.totalNetEquity, u.totalMaintenanceMargin, ratio);
    if (!repay)
        m_repay->setText(tr("Repaying alone cannot bring LTV to %1.").arg(targetText));
    else if (!repay->isPositive())
        m_repay->setText(tr("LTV is already at or below %1; no repayment needed.").arg(targetText));
    else { // rounded up, so repaying what is shown does reach the target
        const QString asset = liabilityAsset();
        const Decimal shown = repay->rounded(DisplayFormat::places(asset), Decimal::Rounding::Up);
        m_repay->setText(tr("Repay %1 %2 to return to %3 LTV.")
                             .arg(DisplayFormat::quantity(shown, asset), asset, targetText));
    }
}

void DistancePanel::updateStress() {
    const RiskUnit &u = m_unit;
    for (size_t i = 0; i < Shocks.size(); ++i) {
        // The scenario's name ("−10 %"), not a figure: whole percents.
        const QString fall = DisplayFormat::percent(Decimal::fromScaled(Shocks[i], 2), 0);
        if (!m_hasUnit) {
            m_stress[i]->setText(tr("Collateral −%1").arg(fall));
            continue;
        }
        const std::optional<Decimal> ltv =
            LtvMath::projectedLtv(u.totalLiability, u.totalNetEquity, u.totalMaintenanceMargin,
                                  Decimal(), Decimal::fromScaled(-Shocks[i], 2));
        const LtvBand band = m_bands.classify(ltv);
        m_stressSwatch[i]->setBand(band);
        m_stress[i]->setText(tr("Collateral −%1 → LTV %2 · %3")
                                 .arg(fall, ltv ? DisplayFormat::percent(*ltv) : tr("undefined"),
                                      bandName(int(band))));
    }
}

} // namespace loandesk
