#include "actiondialog.h"

#include "actiontext.h"
#include "amountvalidator.h"
#include "confirmpage.h"
#include "whatifpanel.h"

#include "actions/amountinwords.h"
#include "actions/borrowrepayservice.h"
#include "collateral/stressengine.h"
#include "models/displayformat.h"
#include "monitor/collateralstate.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loandesk {

namespace {

// The controls of a layout item that take Tab, in the order they are laid out.
void collectTabStops(QLayoutItem *item, QList<QWidget *> &out) {
    if (!item)
        return;
    if (QWidget *w = item->widget()) {
        if (w->focusPolicy() & Qt::TabFocus)
            out.append(w);
    } else if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            collectTabStops(layout->itemAt(i), out);
    }
}

} // namespace

ActionDialog::ActionDialog(BorrowRepayService *service, qint64 groupId, AuditEntry::Action action,
                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_pages(new QStackedWidget(this))
    , m_unit(new QComboBox(this))
    , m_asset(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_repeatLabel(new QLabel(tr("Amount again:"), this))
    , m_repeat(new QLineEdit(this))
    , m_whatIf(new WhatIfPanel(this))
    , m_blocked(new QLabel(this))
    , m_review(new QPushButton(tr("&Review…"), this))
    , m_confirm(new ConfirmPage(service, this))
    , m_action(action) {
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_asset->setObjectName(QStringLiteral("assetCombo"));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_repeat->setObjectName(QStringLiteral("amountRepeatEdit"));
    m_blocked->setObjectName(QStringLiteral("blockedLabel"));
    m_review->setObjectName(QStringLiteral("reviewButton"));

    for (qint64 id : m_service->session()->state()->groupIds())
        m_unit->addItem(tr("Risk unit %1").arg(id), id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(groupId)));
    m_asset->addItems({QStringLiteral("USDT"), QStringLiteral("USDC")});
    for (QLineEdit *edit : {m_amount, m_repeat})
        AmountValidator::attach(edit);
    m_repeat->setToolTip(tr("Large amounts are typed twice, so a slip cannot add a zero."));
    m_blocked->setWordWrap(true);
    m_review->setDefault(true);
    // Typing starts in the amount; the form's label sits beside a row, not the field, so the
    // field carries its own name for screen readers.
    m_amount->setAccessibleName(tr("Amount"));
}

void ActionDialog::setUpPages(QFormLayout *form, const QString &note) {
    auto *noteLabel = new QLabel(note, this);
    noteLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_review, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->addLayout(form);
    formLayout->addWidget(noteLabel);
    formLayout->addWidget(m_whatIf);
    formLayout->addWidget(m_blocked);
    formLayout->addStretch();
    formLayout->addWidget(buttons);
    m_pages->addWidget(formPage);
    m_pages->addWidget(m_confirm);
    (new QVBoxLayout(this))->addWidget(m_pages);

    // Tab follows creation order; a subclass creates its fields after these, so the form is
    // put in the order it reads.
    QList<QWidget *> stops;
    for (int i = 0; i < form->count(); ++i) {
        QFormLayout::ItemRole role;
        int row;
        form->getItemPosition(i, &row, &role);
        if (role != QFormLayout::LabelRole)
            collectTabStops(form->itemAt(i), stops);
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));

    connect(m_amount, &QLineEdit::textChanged, this, &ActionDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &ActionDialog::validate);
    connect(m_review, &QPushButton::clicked, this, &ActionDialog::review);
    connect(m_confirm, &ConfirmPage::backClicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_confirm, &ConfirmPage::submitClicked, this, &ActionDialog::submit);
    connect(m_confirm, &ConfirmPage::closeClicked, this, &QDialog::accept);
    connect(m_service, &BorrowRepayService::gateChanged, this, &ActionDialog::validate);
    m_amount->setFocus(); // after the layouts: reparenting a widget drops its focus
}

void ActionDialog::setCollateral(CollateralState *collateral) {
    m_collateral = collateral;
    unitChanged();
}

void ActionDialog::showUnitInWhatIf(const RiskUnit &unit, const LtvBands &bands) {
    m_whatIf->setUnit(unit, bands);
    m_whatIf->setCollateral(m_collateral ? m_collateral->view(unit.groupId) : std::nullopt,
                            stressEngine());
}

std::unique_ptr<StressEngine> ActionDialog::stressEngine() const {
    return m_collateral ? m_collateral->stressEngine(groupId()) : nullptr;
}

qint64 ActionDialog::groupId() const {
    return m_unit->currentData().toLongLong();
}

QString ActionDialog::asset() const {
    return m_asset->currentText();
}

std::optional<Decimal> ActionDialog::amount() const {
    if (!m_amount->hasAcceptableInput())
        return std::nullopt;
    return Decimal::fromString(m_amount->text());
}

void ActionDialog::validate() {
    const std::optional<Decimal> value = amount();
    const bool borrow = m_action == AuditEntry::Action::Borrow;
    m_whatIf->setChange(value ? std::optional<Decimal>(borrow ? *value : -*value) : std::nullopt);
    const ActionLimits &limits = m_service->limits();
    const bool large = value && amountIsTyped() && limits.needsTypingTwice(*value);
    m_repeatLabel->setVisible(large);
    m_repeat->setVisible(large);

    QStringList problems;
    const auto reasons = m_service->reasons(groupId(), m_action);
    if (!reasons.isEmpty())
        problems << ActionText::reasons(reasons);
    if (!value && !m_amount->text().isEmpty())
        problems << tr("Enter an amount greater than zero with at most 8 decimal places.");
    if (value)
        problems << amountProblems(*value);
    if (large && Decimal::fromString(m_repeat->text()) != value)
        problems << tr("Above %1, type the amount a second time; the two must match.")
                        .arg(DisplayFormat::quantity(limits.typeTwiceAbove, asset()));
    m_blocked->setText(problems.join(u'\n'));
    m_review->setEnabled(value && problems.isEmpty());
}

void ActionDialog::completeOrder(ActionOrder &) const {}

ActionOrder ActionDialog::order(const Decimal &value) const {
    ActionOrder order;
    order.action = m_action;
    order.groupId = groupId();
    order.asset = asset();
    order.amount = value;
    completeOrder(order);
    return order;
}

QString ActionDialog::wordsText(const Decimal &value) const {
    QString text = tr("In words: %1").arg(AmountInWords::spellWithAsset(value, asset()));
    // Chinese banks want an amount in the financial numerals (大写) on a payment instruction.
    if (QLocale().name().startsWith(QLatin1String("zh")))
        text += u'\n' + AmountInWords::spellWithAsset(value, asset(),
                                                      AmountInWords::Language::ChineseFinancial);
    return text;
}

void ActionDialog::review() {
    const std::optional<Decimal> value = amount();
    if (!value || !m_review->isEnabled())
        return;
    m_confirm->setSummary(summary(*value), wordsText(*value), details(), order(*value));
    m_pages->setCurrentIndex(1);
}

void ActionDialog::submit() {
    const std::optional<Decimal> value = amount();
    if (!value || m_confirm->hasSubmitted())
        return;
    ActionOrder sent = order(*value);
    sent.projectedLtv = m_whatIf->projectedLtv();
    sent.fourEyesToken = m_confirm->fourEyesToken();
    m_confirm->track(m_service->submit(sent));
}

} // namespace loandesk
