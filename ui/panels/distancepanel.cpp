#include "distancepanel.h"

#include "bandswatch.h"
#include "common/bandstyle.h"
#include "common/selectablelabel.h"

#include "collateral/collateralratios.h"
#include "collateral/stressengine.h"
#include "domain/ltvmath.h"
#include "models/assetshockmodel.h"
#include "models/collateralassetsmodel.h"
#include "models/displayformat.h"
#include "models/pricetriggertext.h"
#include "models/riskunitlistmodel.h"
#include "monitor/collateralstate.h"
#include "monitor/monitorstate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
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

QLabel *textLabel(const QString &name, QWidget *parent) {
    auto *label = new SelectableLabel(parent);
    label->setObjectName(name);
    return label;
}

} // namespace

DistancePanel::DistancePanel(MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_shocks(new AssetShockModel(this))
    , m_note(new QLabel(this))
    , m_coverage(new QLabel(this))
    , m_target(new QDoubleSpinBox(this))
    , m_repay(new SelectableLabel(this))
    , m_addAsset(new QComboBox(this))
    , m_add(new SelectableLabel(this))
    , m_content(new QWidget(this)) {
    setObjectName(QStringLiteral("distancePanel"));
    setAccessibleName(tr("Distance to LTV bands"));
    // The panel itself has no layout: its content's layout requests stop here, and go on to
    // the dashboard only when the panel's own needs change (see event()).
    m_content->setObjectName(QStringLiteral("distanceContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_note->setObjectName(QStringLiteral("distanceNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_coverage->setObjectName(QStringLiteral("distanceCoverage"));
    m_coverage->setWordWrap(true);
    m_coverage->hide();
    layout->addWidget(m_coverage);

    layout->addWidget(buildTriggerSection());
    layout->addWidget(buildUniformSection());
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
    layout->addWidget(m_repay);
    // The other cure: collateral added to the credit account's spot wallet.
    auto *addRow = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addCollateralText"));
    m_add->setWordWrap(true);
    m_addAsset->setObjectName(QStringLiteral("addCollateralAsset"));
    m_addAsset->setAccessibleName(tr("Asset to add as collateral"));
    m_addAsset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addRow->addWidget(m_add, 1);
    addRow->addWidget(m_addAsset, 0, Qt::AlignTop);
    layout->addLayout(addRow);
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

    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this] {
        updateRepay();
        updateAddCollateral();
    });
    connect(m_triggerAsset, &QComboBox::currentIndexChanged, this, &DistancePanel::updateTriggers);
    connect(m_triggerAsset, &QComboBox::activated, this, [this] { m_assetChosen = true; });
    connect(m_addAsset, &QComboBox::currentIndexChanged, this, &DistancePanel::updateAddCollateral);
    connect(state, &MonitorState::updated, this, &DistancePanel::reload);
    reload();
}

DistancePanel::~DistancePanel() = default;

QSize DistancePanel::sizeHint() const {
    return m_content->layout()->totalSizeHint();
}

QSize DistancePanel::minimumSizeHint() const {
    QLayout *content = m_content->layout();
    QSize size = content->totalMinimumSize();
    // Given less, the layout squeezes the sections' rows into each other (taller CJK lines
    // first) instead of the dashboard scrolling.
    if (content->hasHeightForWidth() && width() > 0)
        size.setHeight(std::max(size.height(), content->totalHeightForWidth(width())));
    return size;
}

bool DistancePanel::event(QEvent *event) {
    if (event->type() != QEvent::LayoutRequest)
        return QWidget::event(event);
    // New figures re-lay out the content in place. Every poll changes a dozen labels; only
    // when that changes what the panel needs does the request climb the dashboard's
    // splitters (which would re-measure and repaint every card).
    const std::array<QSize, 2> needs{sizeHint(), minimumSizeHint()};
    if (needs != m_needs) {
        m_needs = needs;
        updateGeometry();
    }
    return true;
}

void DistancePanel::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    m_content->setGeometry(rect());
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the minimum height follows the width
}

QWidget *DistancePanel::buildTriggerSection() {
    m_triggerSection = new QWidget(this);
    m_triggerSection->setObjectName(QStringLiteral("triggerSection"));
    auto *v = new QVBoxLayout(m_triggerSection);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    auto *title = new QHBoxLayout;
    title->addWidget(sectionLabel(tr("Price that reaches each band, one asset alone"), this), 1);
    m_triggerAsset = new QComboBox(m_triggerSection);
    m_triggerAsset->setObjectName(QStringLiteral("triggerAssetCombo"));
    m_triggerAsset->setAccessibleName(tr("Asset whose trigger prices are shown"));
    m_triggerAsset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    title->addWidget(m_triggerAsset);
    v->addLayout(title);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    // The joint fall in a narrow column of its own, named once in its header.
    auto *jointHeader = new QLabel(tr("All non-stable"), m_triggerSection);
    jointHeader->setToolTip(tr("Every non-stable asset falling by the same percentage, "
                               "stablecoins held"));
    grid->addWidget(jointHeader, 0, 2, Qt::AlignRight);
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        const int row = int(i) + 1;
        grid->addWidget(new BandSwatch(Thresholds[i], m_triggerSection), row, 0);
        m_trigger[i] =
            textLabel(QStringLiteral("trigger.") + keyOf(Thresholds[i]), m_triggerSection);
        grid->addWidget(m_trigger[i], row, 1);
        m_joint[i] = textLabel(QStringLiteral("joint.") + keyOf(Thresholds[i]), m_triggerSection);
        m_joint[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_joint[i], row, 2);
    }
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);
    return m_triggerSection;
}

QWidget *DistancePanel::buildUniformSection() {
    m_uniformSection = new QWidget(this);
    m_uniformSection->setObjectName(QStringLiteral("uniformSection"));
    auto *v = new QVBoxLayout(m_uniformSection);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    m_uniformTitle = sectionLabel(tr("Collateral fall that reaches each band"), m_uniformSection);
    m_uniformTitle->setObjectName(QStringLiteral("uniformTitle"));
    m_uniformTitle->setWordWrap(true);
    v->addWidget(m_uniformTitle);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        const int row = int(i);
        grid->addWidget(new BandSwatch(Thresholds[i], m_uniformSection), row, 0);
        m_distance[i] =
            textLabel(QStringLiteral("distance.") + keyOf(Thresholds[i]), m_uniformSection);
        grid->addWidget(m_distance[i], row, 1);
        m_threshold[i] = new QLabel(m_uniformSection);
        m_threshold[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_threshold[i]->setToolTip(tr("Threshold LTV from the credit agreement"));
        grid->addWidget(m_threshold[i], row, 2);
    }
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);
    return m_uniformSection;
}

void DistancePanel::setCollateral(CollateralState *collateral) {
    if (m_collateral)
        disconnect(m_collateral, nullptr, this, nullptr);
    m_collateral = collateral;
    if (m_collateral)
        connect(m_collateral, &CollateralState::updated, this, &DistancePanel::reload);
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
    reloadCollateral();
    updateCoverage();
    updateTriggers();
    updateDistances();
    updateRepay();
    updateAddCollateral();
    updateStress();
}

void DistancePanel::reloadCollateral() {
    m_view = m_collateral && m_groupId != 0 ? m_collateral->view(m_groupId) : std::nullopt;
    m_engine = m_view && m_view->isValued() ? m_collateral->stressEngine(m_groupId) : nullptr;

    // Both combos keep the asset chosen before while it is still held. Until the user picks
    // one, the trigger list shows the asset whose own fall reaches margin call soonest.
    QString shown = m_triggerAsset->currentText();
    if (!m_assetChosen && m_view) {
        std::optional<Decimal> nearest;
        for (const PriceTrigger &t : m_view->triggers) {
            const std::optional<Decimal> fall = t.fall(LtvBand::MarginCall);
            if (fall && (!nearest || *fall < *nearest)) {
                nearest = fall;
                shown = t.asset;
            }
        }
    }
    const QString added = m_addAsset->currentText();
    QStringList assets;
    QMap<QString, Decimal> prices;
    if (m_view) {
        for (const PriceTrigger &t : m_view->triggers) {
            assets.append(t.asset);
            prices.insert(t.asset, t.priceUsd);
        }
    }
    m_shocks->setAssets(prices);
    // Stablecoins first: adding USDT is the usual cure; any held non-stable spot asset too.
    QStringList addable{QStringLiteral("USDT"), QStringLiteral("USDC")};
    for (const QString &a : std::as_const(assets)) {
        if (CollateralRatios::isSpotCollateral(a))
            addable.append(a);
    }
    setItems(m_triggerAsset, assets, shown);
    setItems(m_addAsset, addable, added);
}

void DistancePanel::setItems(QComboBox *combo, const QStringList &items, const QString &current) {
    // Refilled only when the list changes: a refill resizes and repaints the combo on every
    // poll for the same assets.
    const QSignalBlocker block(combo);
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown.append(combo->itemText(i));
    if (shown != items) {
        combo->clear();
        combo->addItems(items);
    }
    combo->setCurrentIndex(std::max(0, combo->findText(current)));
}

void DistancePanel::updateCoverage() {
    const bool valued = m_engine != nullptr;
    const bool partial =
        valued && m_view->composition.coverage == UnitComposition::Coverage::Partial;
    m_triggerSection->setVisible(valued);
    // The uniform fall is today's figure: shown only where the composition cannot say better.
    m_uniformSection->setVisible(!valued || partial);
    m_uniformTitle->setText(partial ? tr("Uniform fall of all collateral (covers the wallets "
                                         "not valued)")
                                    : tr("Collateral fall that reaches each band"));
    if (!m_collateral || !m_hasUnit) {
        m_coverage->hide();
        return;
    }
    if (!valued) {
        m_coverage->setText(tr("%1. The falls below assume every asset falls by the same "
                               "percentage, stablecoins included.")
                                .arg(CollateralAssetsModel::coverageText(m_view)));
    } else if (partial) {
        m_coverage->setText(tr("%1: trigger prices hold them at their ltv-details equity.")
                                .arg(CollateralAssetsModel::coverageText(m_view)));
    }
    m_coverage->setToolTip(m_view ? m_view->composition.reason : QString());
    m_coverage->setVisible(!valued || partial);
}

bool DistancePanel::isPast(LtvBand band) const {
    const std::optional<Decimal> ltv = m_unit.computedLtv();
    return !ltv || *ltv >= m_bands.threshold(band);
}

void DistancePanel::updateTriggers() {
    if (!m_engine)
        return;
    const int chosen = m_triggerAsset->currentIndex();
    const bool hasAsset = chosen >= 0 && chosen < m_view->triggers.size();
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        const LtvBand band = Thresholds[i];
        QStringList all;
        for (const PriceTrigger &t : std::as_const(m_view->triggers))
            all.append(PriceTriggerText::assetLine(t, band));
        m_trigger[i]->setToolTip(all.join(u'\n'));
        if (isPast(band)) {
            m_trigger[i]->setText(pastText(band));
            m_joint[i]->clear();
            continue;
        }
        m_trigger[i]->setText(hasAsset
                                  ? PriceTriggerText::assetLine(m_view->triggers.at(chosen), band)
                                  : tr("No non-stable asset held: prices cannot move the "
                                       "LTV"));
        const std::optional<Decimal> joint = m_view->jointFalls.value(band);
        m_joint[i]->setText(joint ? PriceTriggerText::fall(*joint) : tr("not reachable"));
        m_joint[i]->setToolTip(PriceTriggerText::jointLine(joint, band));
    }
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

QString DistancePanel::triggerText(LtvBand band) const {
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        if (Thresholds[i] == band)
            return m_engine ? m_trigger[i]->text() : QString();
    }
    return {};
}

QString DistancePanel::jointText(LtvBand band) const {
    for (size_t i = 0; i < Thresholds.size(); ++i) {
        if (Thresholds[i] == band)
            return m_engine ? m_joint[i]->text() : QString();
    }
    return {};
}

QString DistancePanel::repayText() const {
    return m_repay->text();
}

QString DistancePanel::addCollateralText() const {
    return m_add->text();
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

std::optional<Decimal> DistancePanel::targetRatio() const {
    const std::optional<Decimal> target =
        Decimal::fromString(QString::number(m_target->value(), 'f', 2));
    if (!target)
        return std::nullopt;
    return target->dividedBy(Decimal::fromInt(100), 4);
}

void DistancePanel::updateRepay() {
    const std::optional<Decimal> ratio = targetRatio();
    if (!m_hasUnit || !ratio) {
        m_repay->setText(tr("Select a risk unit to see the repayment needed."));
        return;
    }
    const QString targetText = DisplayFormat::percent(*ratio);
    const RiskUnit &u = m_unit;
    const std::optional<Decimal> repay =
        LtvMath::repayToReach(u.totalLiability, u.totalNetEquity, u.totalMaintenanceMargin, *ratio);
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

void DistancePanel::updateAddCollateral() {
    const std::optional<Decimal> ratio = targetRatio();
    const bool show = m_collateral && m_hasUnit && ratio;
    m_add->setVisible(show);
    m_addAsset->setVisible(show && m_engine);
    if (!show)
        return;
    if (!m_engine) {
        m_add->setText(tr("Adding collateral: needs the unit's collateral by asset, which is "
                          "unavailable."));
        return;
    }
    const QString asset = m_addAsset->currentText();
    const QString targetText = DisplayFormat::percent(*ratio);
    const std::optional<Decimal> add = m_engine->collateralToAdd(*ratio, asset);
    if (!add) {
        m_add->setText(tr("Adding %1 cannot bring LTV to %2.").arg(asset, targetText));
    } else if (!add->isPositive()) {
        m_add->setText(tr("No collateral needs adding to stay at or below %1.").arg(targetText));
    } else {
        // Rounded up: adding the amount shown is always enough.
        const int places = CollateralRatios::isStablecoin(asset) ? 2 : 8;
        m_add->setText(
            tr("Or add %1 %2 to the credit account's spot wallet.")
                .arg(DisplayFormat::fixed(add->rounded(places, Decimal::Rounding::Up), places),
                     asset));
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
        std::optional<Decimal> ltv;
        const bool perAsset = m_engine && !m_view->triggers.isEmpty();
        if (perAsset) {
            // Stablecoins hold their price: only the assets that can fall do.
            m_shocks->setAllChangePercent(Decimal::fromInt(-Shocks[i]));
            ltv = m_engine->apply(m_shocks->shockedPrices()).ltv;
        } else {
            ltv =
                LtvMath::projectedLtv(u.totalLiability, u.totalNetEquity, u.totalMaintenanceMargin,
                                      Decimal(), Decimal::fromScaled(-Shocks[i], 2));
        }
        const LtvBand band = m_bands.classify(ltv);
        const QString ltvText = ltv ? DisplayFormat::percent(*ltv) : tr("undefined");
        m_stressSwatch[i]->setBand(band);
        m_stress[i]->setText(
            perAsset
                ? tr("Non-stable assets −%1 → LTV %2 · %3").arg(fall, ltvText, bandName(int(band)))
                : tr("Collateral −%1 → LTV %2 · %3").arg(fall, ltvText, bandName(int(band))));
    }
}

} // namespace loandesk
