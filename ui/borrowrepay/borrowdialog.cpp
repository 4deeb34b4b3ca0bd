#include "borrowdialog.h"

#include "actiontext.h"
#include "amountvalidator.h"
#include "confirmpage.h"
#include "whatifpanel.h"

#include "common/errortext.h"

#include "actions/amountinwords.h"
#include "actions/borrowrepayservice.h"
#include "exchange/exchangeclient.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace loandesk {

BorrowDialog::BorrowDialog(BorrowRepayService *service, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_pages(new QStackedWidget(this))
    , m_unit(new QComboBox(this))
    , m_asset(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_maxLabel(new QLabel(this))
    , m_words(new QLabel(this))
    , m_repeatLabel(new QLabel(tr("Amount again:"), this))
    , m_repeat(new QLineEdit(this))
    , m_whatIf(new WhatIfPanel(this))
    , m_blocked(new QLabel(this))
    , m_review(new QPushButton(tr("&Review…"), this))
    , m_confirm(new ConfirmPage(service, this)) {
    setObjectName(QStringLiteral("borrowDialog"));
    setWindowTitle(tr("Borrow"));
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_asset->setObjectName(QStringLiteral("assetCombo"));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_maxLabel->setObjectName(QStringLiteral("maxBorrowableLabel"));
    m_words->setObjectName(QStringLiteral("amountWordsLabel"));
    m_words->setWordWrap(true);
    m_repeat->setObjectName(QStringLiteral("amountRepeatEdit"));
    m_blocked->setObjectName(QStringLiteral("blockedLabel"));
    m_review->setObjectName(QStringLiteral("reviewButton"));

    for (qint64 id : m_service->session()->state()->groupIds())
        m_unit->addItem(tr("Risk unit %1").arg(id), id);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(groupId)));
    m_asset->addItems({QStringLiteral("USDT"), QStringLiteral("USDC")});
    for (QLineEdit *edit : {m_amount, m_repeat}) {
        AmountValidator::attach(edit);
        edit->setPlaceholderText(tr("e.g. 250000.5"));
    }
    m_repeat->setToolTip(tr("Large amounts are typed twice, so a slip cannot add a zero."));
    m_blocked->setWordWrap(true);
    m_review->setDefault(true);
    // Typing starts in the amount; the form's label sits beside a row, not the field, so the
    // field carries its own name for screen readers.
    m_amount->setAccessibleName(tr("Amount"));

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_maxLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("Risk unit:"), m_unit);
    form->addRow(tr("Asset:"), m_asset);
    form->addRow(tr("Amount:"), amountRow);
    form->addRow(QString(), m_words);
    form->addRow(m_repeatLabel, m_repeat);
    auto *note = new QLabel(tr("Borrowed funds land in the credit account's margin wallet."), this);
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

    connect(m_unit, &QComboBox::currentIndexChanged, this, &BorrowDialog::unitChanged);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &BorrowDialog::fetchMax);
    connect(m_amount, &QLineEdit::textChanged, this, &BorrowDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &BorrowDialog::validate);
    connect(m_review, &QPushButton::clicked, this, &BorrowDialog::review);
    connect(m_confirm, &ConfirmPage::backClicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_confirm, &ConfirmPage::submitClicked, this, &BorrowDialog::submit);
    connect(m_confirm, &ConfirmPage::closeClicked, this, &QDialog::accept);
    connect(m_service, &BorrowRepayService::gateChanged, this, &BorrowDialog::validate);
    unitChanged();
    m_amount->setFocus(); // after the layouts: reparenting a widget drops its focus
}

qint64 BorrowDialog::groupId() const {
    return m_unit->currentData().toLongLong();
}

QString BorrowDialog::asset() const {
    return m_asset->currentText();
}

std::optional<Decimal> BorrowDialog::amount() const {
    if (!m_amount->hasAcceptableInput())
        return std::nullopt;
    return Decimal::fromString(m_amount->text());
}

void BorrowDialog::unitChanged() {
    const MonitorState *state = m_service->session()->state();
    if (const UnitStatus *status = state->unit(groupId()))
        m_whatIf->setUnit(status->unit, state->bands(groupId()));
    fetchMax();
}

void BorrowDialog::fetchMax() {
    // Always fresh: the headroom moves with the market, so a figure from an earlier poll
    // could let an amount through that the exchange would refuse.
    m_max.reset();
    m_maxLabel->setText(tr("Max: fetching…"));
    MonitorSession *session = m_service->session();
    ExchangeClient *client = session->creditClient(groupId());
    if (!client)
        client = session->client();
    // Replacing the request cancels the one for the unit or asset chosen before.
    m_maxFetch = client->fetchMaxBorrowable(
        groupId(), asset(), this, [this](Result<std::optional<Decimal>> r) {
            if (!r.ok()) {
                m_maxLabel->setText(tr("Max: unavailable"));
                m_maxLabel->setToolTip(errorText(r.error()));
            } else if (r.value()) {
                m_max = *r.value();
                m_maxLabel->setText(tr("Max: %1 %2").arg(DisplayFormat::amount(*m_max), asset()));
                m_maxLabel->setToolTip(
                    tr("Max borrowable as of %1, from the exchange.")
                        .arg(DisplayFormat::time(QDateTime::currentDateTimeUtc())));
            } else {
                m_maxLabel->setText(tr("Max: none reported"));
            }
            validate();
            Q_EMIT maxBorrowableFetched();
        });
    validate();
}

void BorrowDialog::validate() {
    const std::optional<Decimal> value = amount();
    m_whatIf->setChange(value);
    // Spelled out as it is typed: 100000 and 1000000 read very differently in words.
    m_words->setText(value ? AmountInWords::spellWithAsset(*value, asset()) : QString());
    const ActionLimits &limits = m_service->limits();
    const bool large = value && limits.needsTypingTwice(*value);
    m_repeatLabel->setVisible(large);
    m_repeat->setVisible(large);

    QStringList problems;
    const auto reasons = m_service->reasons(groupId(), AuditEntry::Action::Borrow);
    if (!reasons.isEmpty())
        problems << ActionText::reasons(reasons);
    if (!value && !m_amount->text().isEmpty())
        problems << tr("Enter an amount greater than zero with at most 8 decimal places.");
    if (value && !m_max)
        problems << tr("Waiting for the exchange's max borrowable amount.");
    if (value && m_max && *value > *m_max)
        problems << tr("The amount exceeds the max borrowable %1 %2.")
                        .arg(DisplayFormat::amount(*m_max), asset());
    if (large && Decimal::fromString(m_repeat->text()) != value)
        problems << tr("Above %1, type the amount a second time; the two must match.")
                        .arg(DisplayFormat::amount(limits.typeTwiceAbove));
    m_blocked->setText(problems.join(u'\n'));
    m_review->setEnabled(value && problems.isEmpty());
}

void BorrowDialog::review() {
    const std::optional<Decimal> value = amount();
    if (!value || !m_review->isEnabled())
        return;
    const QString lang = QLocale().name();
    const QString words = AmountInWords::spellWithAsset(*value, asset());
    QString wordsText = tr("In words: %1").arg(words);
    if (lang.startsWith(QLatin1String("zh")))
        wordsText += u'\n' + AmountInWords::spellWithAsset(
                                 *value, asset(), AmountInWords::Language::ChineseFinancial);
    ActionOrder order;
    order.action = AuditEntry::Action::Borrow;
    order.groupId = groupId();
    order.asset = asset();
    order.amount = *value;
    m_confirm->setSummary(
        tr("Borrow %1 %2 for risk unit %3")
            .arg(DisplayFormat::amount(*value), asset())
            .arg(groupId()),
        wordsText,
        tr("LTV %1 → %2. The request is sent once and never retried automatically.")
            .arg(DisplayFormat::ltv(m_whatIf->currentLtv()),
                 DisplayFormat::ltv(m_whatIf->projectedLtv())),
        order);
    m_pages->setCurrentIndex(1);
}

void BorrowDialog::submit() {
    const std::optional<Decimal> value = amount();
    if (!value || m_confirm->hasSubmitted())
        return;
    m_confirm->track(m_service->submitBorrow(groupId(), asset(), *value, m_whatIf->projectedLtv(),
                                             m_confirm->fourEyesToken()));
}

} // namespace loandesk
