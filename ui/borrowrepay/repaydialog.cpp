#include "repaydialog.h"

#include "whatifpanel.h"

#include "actions/borrowrepayservice.h"
#include "collateral/collateralratios.h"
#include "collateral/stressengine.h"
#include "domain/ltvmath.h"
#include "models/displayformat.h"
#include "monitor/collateralstate.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace loandesk {

RepayDialog::RepayDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent)
    : ActionDialog(service, groupId, AuditEntry::Action::Repay, parent)
    , m_all(new QCheckBox(tr("Repay &all"), this))
    , m_from(new QComboBox(this))
    , m_owed(new QLabel(this))
    , m_target(new QDoubleSpinBox(this))
    , m_cureLabel(new QLabel(this))
    , m_useCure(new QPushButton(tr("&Use this amount"), this))
    , m_addAsset(new QComboBox(this))
    , m_addLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("repayDialog"));
    setWindowTitle(tr("Repay"));
    m_all->setObjectName(QStringLiteral("repayAllCheck"));
    m_from->setObjectName(QStringLiteral("repayFromCombo"));
    m_owed->setObjectName(QStringLiteral("owedLabel"));
    m_target->setObjectName(QStringLiteral("cureTargetSpin"));
    m_cureLabel->setObjectName(QStringLiteral("cureAmountLabel"));
    m_useCure->setObjectName(QStringLiteral("useCureButton"));
    m_addAsset->setObjectName(QStringLiteral("cureAddAssetCombo"));
    m_addAsset->setAccessibleName(tr("Asset to add as collateral"));
    m_addLabel->setObjectName(QStringLiteral("cureAddLabel"));
    m_addLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_from->addItem(tr("Credit account's margin wallet"), int(RepayRequest::From::Margin));
    m_from->addItem(tr("Credit account's spot wallet"), int(RepayRequest::From::Spot));
    m_target->setRange(0.05, 0.95);
    m_target->setSingleStep(0.05);
    m_target->setDecimals(2);
    m_target->setAccessibleName(tr("Target LTV for the repay amount"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_all);
    auto *cureRow = new QHBoxLayout;
    cureRow->addWidget(m_target);
    cureRow->addWidget(m_cureLabel, 1);
    cureRow->addWidget(m_useCure);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addLabel, 1);
    addRow->addWidget(m_addAsset);
    auto *form = new QFormLayout;
    form->addRow(tr("Risk unit:"), m_unit);
    form->addRow(tr("Asset:"), m_asset);
    form->addRow(tr("Owed:"), m_owed);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(tr("Repay from:"), m_from);
    form->addRow(tr("Reach LTV:"), cureRow);
    form->addRow(tr("Or add collateral:"), addRow);
    setUpPages(form, tr("The exchange repays the smaller of the amount requested and the "
                        "balance available in the chosen wallet, interest first."));

    connect(m_unit, &QComboBox::currentIndexChanged, this, &RepayDialog::unitChanged);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &RepayDialog::unitChanged);
    connect(m_all, &QCheckBox::toggled, this, &RepayDialog::repayAllToggled);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &RepayDialog::updateCure);
    connect(m_addAsset, &QComboBox::currentIndexChanged, this, &RepayDialog::updateCure);
    connect(m_useCure, &QPushButton::clicked, this, [this] {
        if (m_cure) {
            m_all->setChecked(false);
            m_amount->setText(m_cure->toString());
        }
    });
    if (const RiskUnit *u = unit())
        m_target->setValue(m_service->session()->state()->bands(u->groupId).warning.toDouble() -
                           0.05);
    unitChanged();
}

const RiskUnit *RepayDialog::unit() const {
    const UnitStatus *status = m_service->session()->state()->unit(groupId());
    return status ? &status->unit : nullptr;
}

Decimal RepayDialog::owed() const {
    Decimal sum;
    if (const RiskUnit *u = unit()) {
        for (const Liability &l : u->liabilities) {
            if (l.asset == asset())
                sum += l.principal + l.interest;
        }
    }
    return sum;
}

void RepayDialog::unitChanged() {
    if (const RiskUnit *u = unit())
        showUnitInWhatIf(*u, m_service->session()->state()->bands(groupId()));
    fillAddAssets();
    m_owed->setText(
        tr("%1 %2 (principal + interest)").arg(DisplayFormat::quantity(owed(), asset()), asset()));
    if (m_all->isChecked())
        repayAllToggled(true);
    updateCure();
    validate();
}

void RepayDialog::repayAllToggled(bool on) {
    m_amount->setReadOnly(on);
    if (on)
        m_amount->setText(owed().toString());
    validate();
}

void RepayDialog::updateCure() {
    m_cure.reset();
    if (const RiskUnit *u = unit()) {
        const Decimal target = Decimal::fromScaled(qRound(m_target->value() * 100), 2);
        m_cure = LtvMath::repayToReach(u->totalLiability, u->totalNetEquity,
                                       u->totalMaintenanceMargin, target);
    }
    m_cureLabel->setText(
        m_cure ? tr("needs %1 %2").arg(DisplayFormat::quantity(*m_cure, asset()), asset())
               : tr("not reachable by repaying"));
    m_useCure->setEnabled(m_cure && m_cure->isPositive());

    // The other cure, beside it: collateral added to the credit account's spot wallet.
    const std::unique_ptr<StressEngine> engine = stressEngine();
    m_addAsset->setEnabled(engine != nullptr);
    if (!engine) {
        m_addLabel->setText(tr("needs the unit's collateral by asset, unavailable"));
        return;
    }
    const QString add = m_addAsset->currentText();
    const Decimal target = Decimal::fromScaled(qRound(m_target->value() * 100), 2);
    const std::optional<Decimal> needed = engine->collateralToAdd(target, add);
    if (!needed) {
        m_addLabel->setText(tr("not reachable by adding %1").arg(add));
    } else if (!needed->isPositive()) {
        m_addLabel->setText(tr("none needed"));
    } else {
        // Rounded up: adding the amount shown is always enough.
        const int places = CollateralRatios::isStablecoin(add) ? 2 : 8;
        m_addLabel->setText(
            tr("add %1 %2 to the credit account's spot wallet")
                .arg(DisplayFormat::fixed(needed->rounded(places, Decimal::Rounding::Up), places),
                     add));
    }
}

void RepayDialog::fillAddAssets() {
    const QString chosen = m_addAsset->currentText();
    const QSignalBlocker block(m_addAsset);
    m_addAsset->clear();
    m_addAsset->addItems({QStringLiteral("USDT"), QStringLiteral("USDC")});
    if (m_collateral) {
        if (const std::optional<CollateralView> view = m_collateral->view(groupId())) {
            for (const PriceTrigger &t : view->triggers) {
                if (CollateralRatios::isSpotCollateral(t.asset))
                    m_addAsset->addItem(t.asset);
            }
        }
    }
    m_addAsset->setCurrentIndex(std::max(0, m_addAsset->findText(chosen)));
}

bool RepayDialog::amountIsTyped() const {
    return !m_all->isChecked();
}

QStringList RepayDialog::amountProblems(const Decimal &) const {
    if (!owed().isPositive())
        return {tr("There is no %1 liability to repay.").arg(asset())};
    return {};
}

QString RepayDialog::summary(const Decimal &value) const {
    return tr("Repay %1 %2 for risk unit %3 from the %4")
        .arg(DisplayFormat::exact(value), asset()) // what is sent, every digit
        .arg(groupId())
        .arg(m_from->currentText());
}

QString RepayDialog::details() const {
    return tr("LTV %1 → %2 if the full amount is available. The request is sent once and never "
              "retried automatically.")
        .arg(DisplayFormat::ltv(m_whatIf->currentLtv()),
             DisplayFormat::ltv(m_whatIf->projectedLtv()));
}

void RepayDialog::completeOrder(ActionOrder &order) const {
    order.repayFrom = RepayRequest::From(m_from->currentData().toInt());
}

} // namespace loandesk
