#include "repaydialog.h"

#include "actiontext.h"
#include "amountvalidator.h"
#include "confirmpage.h"
#include "whatifpanel.h"

#include "actions/amountinwords.h"
#include "actions/borrowrepayservice.h"
#include "domain/ltvmath.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loandesk {

RepayDialog::RepayDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_pages(new QStackedWidget(this))
    , m_unit(new QComboBox(this))
    , m_asset(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_all(new QCheckBox(tr("Repay &all"), this))
    , m_repeatLabel(new QLabel(tr("Amount again:"), this))
    , m_repeat(new QLineEdit(this))
    , m_from(new QComboBox(this))
    , m_owed(new QLabel(this))
    , m_target(new QDoubleSpinBox(this))
    , m_cureLabel(new QLabel(this))
    , m_useCure(new QPushButton(tr("&Use this amount"), this))
    , m_whatIf(new WhatIfPanel(this))
    , m_blocked(new QLabel(this))
    , m_review(new QPushButton(tr("&Review…"), this))
    , m_confirm(new ConfirmPage(service, this)) {
    setObjectName(QStringLiteral("repayDialog"));
    setWindowTitle(tr("Repay"));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_asset->setObjectName(QStringLiteral("assetCombo"));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_all->setObjectName(QStringLiteral("repayAllCheck"));
    m_repeat->setObjectName(QStringLiteral("amountRepeatEdit"));
    m_from->setObjectName(QStringLiteral("repayFromCombo"));
    m_owed->setObjectName(QStringLiteral("owedLabel"));
    m_target->setObjectName(QStringLiteral("cureTargetSpin"));
    m_cureLabel->setObjectName(QStringLiteral("cureAmountLabel"));
    m_useCure->setObjectName(QStringLiteral("useCureButton"));
    m_blocked->setObjectName(QStringLiteral("blockedLabel"));
    m_review->setObjectName(QStringLiteral("reviewButton"));

    for (qint64 id : m_service->session()->state()->groupIds())
        m_unit->addItem(tr("Risk unit %1").arg(id), id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(groupId)));
    m_asset->addItems({QStringLiteral("USDT"), QStringLiteral("USDC")});
    m_from->addItem(tr("Credit account's margin wallet"), int(RepayRequest::From::Margin));
    m_from->addItem(tr("Credit account's spot wallet"), int(RepayRequest::From::Spot));
    for (QLineEdit *edit : {m_amount, m_repeat})
        AmountValidator::attach(edit);
    m_repeat->setToolTip(tr("Large amounts are typed twice, so a slip cannot add a zero."));
    m_target->setRange(0.05, 0.95);
    m_target->setSingleStep(0.05);
    m_target->setDecimals(2);
    m_blocked->setWordWrap(true);
    m_review->setDefault(true);
    // Typing starts in the amount; the form's label sits beside a row, not the field, so the
    // field carries its own name for screen readers.
    m_amount->setAccessibleName(tr("Amount"));
    m_target->setAccessibleName(tr("Target LTV for the repay amount"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_all);
    auto *cureRow = new QHBoxLayout;
    cureRow->addWidget(m_target);
    cureRow->addWidget(m_cureLabel, 1);
    cureRow->addWidget(m_useCure);
    auto *form = new QFormLayout;
    form->addRow(tr("Risk unit:"), m_unit);
    form->addRow(tr("Asset:"), m_asset);
    form->addRow(tr("Owed:"), m_owed);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(tr("Repay from:"), m_from);
    form->addRow(tr("Reach LTV:"), cureRow);
    auto *note = new QLabel(tr("The exchange repays the smaller of the amount requested and the "
                               "balance available in the chosen wallet, interest first."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_review, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->addLayout(form);
    formLayout->addWidget(note);
    formLayout->addWidget(m_whatIf);
    formLayout->addWidget(m_blocked);
    formLayout->addStretch();
    formLayout->addWidget(buttons);
    m_pages->addWidget(formPage);
    m_pages->addWidget(m_confirm);
    (new QVBoxLayout(this))->addWidget(m_pages);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &RepayDialog::unitChanged);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &RepayDialog::unitChanged);
    connect(m_amount, &QLineEdit::textChanged, this, &RepayDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &RepayDialog::validate);
    connect(m_all, &QCheckBox::toggled, this, &RepayDialog::repayAllToggled);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &RepayDialog::updateCure);
    connect(m_useCure, &QPushButton::clicked, this, [this] {
        if (m_cure) {
            m_all->setChecked(false);
            m_amount->setText(m_cure->toString());
        }
    });
    connect(m_review, &QPushButton::clicked, this, &RepayDialog::review);
    connect(m_confirm, &ConfirmPage::backClicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_confirm, &ConfirmPage::submitClicked, this, &RepayDialog::submit);
    connect(m_confirm, &ConfirmPage::closeClicked, this, &QDialog::accept);
    connect(m_service, &BorrowRepayService::gateChanged, this, &RepayDialog::validate);
    if (const RiskUnit *u = unit())
        m_target->setValue(m_service->session()->state()->bands(u->groupId).warning.toDouble() -
                           0.05);
    unitChanged();
    m_amount->setFocus(); // after the layouts: reparenting a widget drops its focus
}

qint64 RepayDialog::groupId() const {
    return m_unit->currentData().toLongLong();
}

QString RepayDialog::asset() const {
    return m_asset->currentText();
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

std::optional<Decimal> RepayDialog::amount() const {
    if (!m_amount->hasAcceptableInput())
        return std::nullopt;
    return Decimal::fromString(m_amount->text());
}

void RepayDialog::unitChanged() {
    if (const RiskUnit *u = unit())
        m_whatIf->setUnit(*u, m_service->session()->state()->bands(groupId()));
    m_owed->setText(tr("%1 %2 (principal + interest)").arg(DisplayFormat::amount(owed()), asset()));
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
    m_cureLabel->setText(m_cure ? tr("needs %1 %2").arg(DisplayFormat::amount(*m_cure), asset())
                                : tr("not reachable by repaying"));
    m_useCure->setEnabled(m_cure && m_cure->isPositive());
}

void RepayDialog::validate() {
    const std::optional<Decimal> value = amount();
    m_whatIf->setChange(value ? std::optional<Decimal>(-*value) : std::nullopt);
    // "Repay all" fills in the exact debt, so only a typed amount can carry a slipped zero.
    const ActionLimits &limits = m_service->limits();
    const bool large = value && !m_all->isChecked() && limits.needsTypingTwice(*value);
    m_repeatLabel->setVisible(large);
    m_repeat->setVisible(large);
    QStringList problems;
    const auto reasons = m_service->reasons(groupId(), AuditEntry::Action::Repay);
    if (!reasons.isEmpty())
        problems << ActionText::reasons(reasons);
    if (!value && !m_amount->text().isEmpty())
        problems << tr("Enter an amount greater than zero with at most 8 decimal places.");
    if (value && !owed().isPositive())
        problems << tr("There is no %1 liability to repay.").arg(asset());
    if (large && Decimal::fromString(m_repeat->text()) != value)
        problems << tr("Above %1, type the amount a second time; the two must match.")
                        .arg(DisplayFormat::amount(limits.typeTwiceAbove));
    m_blocked->setText(problems.join(u'\n'));
    m_review->setEnabled(value && problems.isEmpty());
}

void RepayDialog::review() {
    const std::optional<Decimal> value = amount();
    if (!value || !m_review->isEnabled())
        return;
    ActionOrder order;
    order.action = AuditEntry::Action::Repay;
    order.groupId = groupId();
    order.asset = asset();
    order.amount = *value;
    order.repayFrom = RepayRequest::From(m_from->currentData().toInt());
    m_confirm->setSummary(
        tr("Repay %1 %2 for risk unit %3 from the %4")
            .arg(DisplayFormat::amount(*value), asset())
            .arg(groupId())
            .arg(m_from->currentText()),
        tr("In words: %1").arg(AmountInWords::spellWithAsset(*value, asset())),
        tr("LTV %1 → %2 if the full amount is available. The request is sent once and never "
           "retried automatically.")
            .arg(DisplayFormat::ltv(m_whatIf->currentLtv()),
                 DisplayFormat::ltv(m_whatIf->projectedLtv())),
        order);
    m_pages->setCurrentIndex(1);
}

void RepayDialog::submit() {
    const std::optional<Decimal> value = amount();
    if (!value || m_confirm->hasSubmitted())
        return;
    const auto from = RepayRequest::From(m_from->currentData().toInt());
    m_confirm->track(m_service->submitRepay(groupId(), asset(), *value, from,
                                            m_whatIf->projectedLtv(), m_confirm->fourEyesToken()));
}

} // namespace loandesk
