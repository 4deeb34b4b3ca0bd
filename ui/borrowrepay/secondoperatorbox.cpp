#include "secondoperatorbox.h"

#include "models/displayformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace loandesk {

namespace {

// Reads the PIN and wipes it from the field and from the copy, whatever the check says.
template <typename Check> auto withPin(QLineEdit *edit, Check check) {
    QString pin = edit->text();
    edit->clear();
    const auto result = check(pin);
    pin.fill(u'0');
    return result;
}

} // namespace

SecondOperatorBox::SecondOperatorBox(FourEyesCheck *check, QWidget *parent)
    : QGroupBox(tr("Second operator"), parent)
    , m_check(check)
    , m_note(new QLabel(this))
    , m_first(new QLabel(this))
    , m_firstCombo(new QComboBox(this))
    , m_firstPin(new QLineEdit(this))
    , m_identify(new QPushButton(tr("&It's me"), this))
    , m_operator(new QComboBox(this))
    , m_pin(new QLineEdit(this))
    , m_verify(new QPushButton(tr("C&onfirm PIN"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("fourEyesBox"));
    m_first->setObjectName(QStringLiteral("firstOperatorLabel"));
    m_firstCombo->setObjectName(QStringLiteral("firstOperatorCombo"));
    m_firstPin->setObjectName(QStringLiteral("firstOperatorPinEdit"));
    m_identify->setObjectName(QStringLiteral("identifyButton"));
    m_operator->setObjectName(QStringLiteral("secondOperatorCombo"));
    m_pin->setObjectName(QStringLiteral("secondOperatorPinEdit"));
    m_verify->setObjectName(QStringLiteral("verifyPinButton"));
    m_status->setObjectName(QStringLiteral("fourEyesStatus"));
    m_note->setWordWrap(true);
    m_status->setWordWrap(true);
    // Password mode also keeps a PIN out of input methods and the clipboard.
    for (QLineEdit *pin : {m_firstPin, m_pin})
        pin->setEchoMode(QLineEdit::Password);
    m_firstPin->setPlaceholderText(tr("your PIN"));
    m_pin->setPlaceholderText(tr("their PIN"));

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_first);
    firstRow->addWidget(m_firstCombo);
    firstRow->addWidget(m_firstPin, 1);
    firstRow->addWidget(m_identify);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_verify);
    auto *form = new QFormLayout(this);
    form->addRow(m_note);
    form->addRow(tr("At the keyboard:"), firstRow);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("PIN:"), pinRow);
    form->addRow(m_status);

    connect(m_identify, &QPushButton::clicked, this, &SecondOperatorBox::identifyFirst);
    connect(m_firstPin, &QLineEdit::returnPressed, this, &SecondOperatorBox::identifyFirst);
    connect(m_verify, &QPushButton::clicked, this, &SecondOperatorBox::verify);
    connect(m_pin, &QLineEdit::returnPressed, this, &SecondOperatorBox::verify);
    for (QLineEdit *pin : {m_firstPin, m_pin})
        connect(pin, &QLineEdit::textChanged, this, &SecondOperatorBox::updateControls);
    connect(m_firstCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_status->clear();
        showLock(m_firstCombo);
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        m_status->clear();
        if (!m_token.isEmpty()) {
            m_token.clear();
            Q_EMIT satisfiedChanged();
        }
        showLock(m_operator);
    });
    setVisible(false);
    updateControls();
}

QString SecondOperatorBox::lockText(const QString &name, const QDateTime &until) {
    return tr("%1 is locked after %2 wrong PINs, until %3.")
        .arg(name)
        .arg(PinAttemptLog::MaxFailures)
        .arg(DisplayFormat::dateTime(until));
}

QString SecondOperatorBox::outcomeText(const FourEyesCheck::Attempt &attempt,
                                       const QString &login) {
    using O = FourEyesCheck::Outcome;
    const QString &name = attempt.operatorName;
    switch (attempt.outcome) {
    case O::Verified:
        return tr("Confirmed by %1.").arg(name);
    case O::WrongPin:
        return tr("Wrong PIN for %1. %2 attempts left.").arg(name).arg(attempt.attemptsLeft);
    case O::Locked:
        return lockText(name, attempt.lockedUntil.value_or(QDateTime()));
    case O::UnknownOperator:
        return tr("%1 is not a registered operator.").arg(name);
    case O::NotAtThisLogin:
        return tr("%1 has not registered the login %2 (Settings → Operators).").arg(name, login);
    case O::NotRegistered:
        return tr("No operator has registered the login %1, so LoanDesk cannot tell who is at "
                  "the keyboard. Register it in Settings → Operators.")
            .arg(login);
    case O::NeedsPin:
        return tr("Several operators use the login %1: choose who is at the keyboard and enter "
                  "that person's PIN.")
            .arg(login);
    case O::SameAsFirst:
        return tr("%1 is the operator at this desk and cannot be the second operator.").arg(name);
    case O::SameLogins:
        return tr("%1 uses no login of their own besides those of the operator at the keyboard, "
                  "so LoanDesk cannot tell them apart. Another colleague must confirm.")
            .arg(name);
    case O::FirstNotVerified:
        return tr("Confirm who is at the keyboard first.");
    case O::Unavailable:
        return tr("LoanDesk cannot record PIN attempts here, so it checks no PIN. The log says "
                  "why.");
    }
    return {};
}

void SecondOperatorBox::require(const std::optional<Decimal> &threshold, const ActionOrder &order) {
    m_required = threshold.has_value();
    m_order = order;
    m_token.clear();
    m_pin->clear();
    m_firstPin->clear();
    m_status->clear();
    setVisible(m_required);
    if (m_required) {
        m_note->setText(tr("From %1 on, a second operator confirms with their own PIN before "
                           "anything is sent.")
                            .arg(DisplayFormat::usd(*threshold)));
        m_login = m_check->login();
        showFirst();
    }
    updateControls();
    Q_EMIT satisfiedChanged();
}

void SecondOperatorBox::showFirst() {
    // A shared-login identification holds while its token does (Back and Review keep it).
    m_firstName = m_check->atKeyboard(m_firstToken);
    QString message;
    QStringList sharing;
    if (m_firstName.isEmpty()) {
        m_firstToken.clear();
        const FourEyesCheck::Attempt attempt = m_check->identify(m_login);
        if (attempt.verified()) {
            m_firstToken = attempt.token;
            m_firstName = attempt.operatorName;
        } else {
            message = outcomeText(attempt, m_login);
            if (attempt.outcome == FourEyesCheck::Outcome::NeedsPin)
                sharing = m_check->operatorsAt(m_login);
        }
    }
    m_first->setText(m_firstName.isEmpty() ? QString()
                                           : tr("%1 (login %2)").arg(m_firstName, m_login));
    {
        const QSignalBlocker blockFirst(m_firstCombo);
        const QSignalBlocker blockSecond(m_operator);
        m_firstCombo->clear();
        m_firstCombo->addItems(sharing);
        m_operator->clear();
        m_operator->addItems(m_check->candidates(m_firstToken));
    }
    if (!m_firstName.isEmpty() && m_operator->count() == 0)
        message = tr("No other operator is registered on this desk. Add one in Settings → "
                     "Operators.");
    m_status->setText(message);
    // Whoever would type next may be locked already, by this dialog or an earlier one.
    showLock(m_firstCombo);
    showLock(m_operator);
}

void SecondOperatorBox::showLock(QComboBox *combo) {
    const PinAttemptLog::Status lock = m_check->lockOf(combo->currentText());
    (combo == m_operator ? m_secondLocked : m_firstLocked) = lock.isLocked();
    if (lock.isLocked())
        m_status->setText(lockText(combo->currentText(), *lock.lockedUntil));
    updateControls();
}

void SecondOperatorBox::setEditable(bool editable) {
    m_editable = editable;
    updateControls();
}

void SecondOperatorBox::updateControls() {
    const bool shared = m_firstName.isEmpty() && m_firstCombo->count() > 0;
    m_first->setVisible(!shared);
    for (QWidget *w : {static_cast<QWidget *>(m_firstCombo), static_cast<QWidget *>(m_firstPin),
                       static_cast<QWidget *>(m_identify)})
        w->setVisible(shared);
    const bool firstOpen = m_editable && shared && !m_firstLocked;
    m_firstCombo->setEnabled(m_editable && shared);
    m_firstPin->setEnabled(firstOpen);
    m_identify->setEnabled(firstOpen && !m_firstPin->text().isEmpty());

    const bool choose = m_editable && !m_firstName.isEmpty() && m_operator->count() > 0;
    const bool open = choose && m_token.isEmpty() && !m_secondLocked;
    m_operator->setEnabled(choose);
    m_pin->setEnabled(open);
    m_verify->setEnabled(open && !m_pin->text().isEmpty());
}

void SecondOperatorBox::identifyFirst() {
    if (!m_identify->isEnabled())
        return;
    const QString name = m_firstCombo->currentText();
    const FourEyesCheck::Attempt attempt = withPin(
        m_firstPin, [&](const QString &pin) { return m_check->identify(m_login, name, pin); });
    m_firstLocked = attempt.outcome == FourEyesCheck::Outcome::Locked;
    if (attempt.verified()) {
        m_firstToken = attempt.token;
        showFirst();
        m_status->setText(tr("%1 is at the keyboard.").arg(m_firstName));
    } else {
        FourEyesCheck::Attempt shown = attempt;
        if (shown.operatorName.isEmpty())
            shown.operatorName = name;
        m_status->setText(outcomeText(shown, m_login));
    }
    updateControls();
}

void SecondOperatorBox::verify() {
    if (!m_verify->isEnabled())
        return;
    const QString name = m_operator->currentText();
    const FourEyesCheck::Attempt attempt = withPin(m_pin, [&](const QString &pin) {
        return m_check->confirm(m_firstToken, name, pin, m_order);
    });
    m_secondLocked = attempt.outcome == FourEyesCheck::Outcome::Locked;
    if (attempt.verified())
        m_token = attempt.token;
    FourEyesCheck::Attempt shown = attempt;
    if (shown.operatorName.isEmpty())
        shown.operatorName = name;
    m_status->setText(outcomeText(shown, m_login));
    if (attempt.outcome == FourEyesCheck::Outcome::FirstNotVerified) {
        showFirst(); // the identification expired: establish it again
        m_status->setText(outcomeText(shown, m_login));
    }
    updateControls();
    Q_EMIT satisfiedChanged();
}

} // namespace loandesk
