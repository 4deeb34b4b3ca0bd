#include "secondoperatorbox.h"

#include "models/displayformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace loandesk {

SecondOperatorBox::SecondOperatorBox(QWidget *parent)
    : QGroupBox(tr("Second operator"), parent)
    , m_check({}, {})
    , m_note(new QLabel(this))
    , m_operator(new QComboBox(this))
    , m_pin(new QLineEdit(this))
    , m_verify(new QPushButton(tr("C&onfirm PIN"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("fourEyesBox"));
    m_operator->setObjectName(QStringLiteral("secondOperatorCombo"));
    m_pin->setObjectName(QStringLiteral("secondOperatorPinEdit"));
    m_verify->setObjectName(QStringLiteral("verifyPinButton"));
    m_status->setObjectName(QStringLiteral("fourEyesStatus"));
    m_note->setWordWrap(true);
    m_status->setWordWrap(true);
    // Password mode also keeps the PIN out of input methods and the clipboard.
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("their PIN"));

    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_verify);
    auto *form = new QFormLayout(this);
    form->addRow(m_note);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("PIN:"), pinRow);
    form->addRow(m_status);

    connect(m_verify, &QPushButton::clicked, this, &SecondOperatorBox::verify);
    connect(m_pin, &QLineEdit::returnPressed, this, &SecondOperatorBox::verify);
    connect(m_pin, &QLineEdit::textChanged, this, &SecondOperatorBox::updateControls);
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_check.isVerified()) {
            m_check.reset();
            m_status->clear();
            Q_EMIT satisfiedChanged();
        }
    });
    setVisible(false);
    updateControls();
}

QString SecondOperatorBox::lockedText() {
    return tr("Too many wrong PINs: confirmation is locked for this dialog. Close it and start "
              "again.");
}

void SecondOperatorBox::setOperators(const OperatorRegistry &registry,
                                     const QString &firstOperator) {
    m_check = FourEyesCheck(registry, firstOperator);
    m_operator->clear();
    m_operator->addItems(m_check.candidates());
    m_status->clear();
    updateControls();
    Q_EMIT satisfiedChanged();
}

void SecondOperatorBox::require(const std::optional<Decimal> &threshold) {
    m_required = threshold.has_value();
    m_check.reset();
    m_pin->clear();
    setVisible(m_required);
    if (m_required) {
        m_note->setText(tr("From %1 on, a second operator confirms with their own PIN before "
                           "anything is sent.")
                            .arg(DisplayFormat::amount(*threshold)));
        if (m_check.isLocked())
            m_status->setText(lockedText());
        else if (m_operator->count() == 0)
            m_status->setText(tr("No other operator is registered on this desk. Add one in "
                                 "Settings → Operators."));
        else
            m_status->clear();
    }
    updateControls();
    Q_EMIT satisfiedChanged();
}

void SecondOperatorBox::setEditable(bool editable) {
    m_editable = editable;
    updateControls();
}

void SecondOperatorBox::updateControls() {
    const bool open =
        m_editable && !m_check.isLocked() && !m_check.isVerified() && m_operator->count() > 0;
    m_operator->setEnabled(m_editable && !m_check.isLocked() && m_operator->count() > 0);
    m_pin->setEnabled(open);
    m_verify->setEnabled(open && !m_pin->text().isEmpty());
}

void SecondOperatorBox::verify() {
    if (!m_verify->isEnabled())
        return;
    const QString name = m_operator->currentText();
    QString pin = m_pin->text();
    m_pin->clear();
    using O = FourEyesCheck::Outcome;
    const O outcome = m_check.verify(name, pin);
    pin.fill(u'0');
    switch (outcome) {
    case O::Verified:
        m_status->setText(tr("Confirmed by %1.").arg(m_check.verifiedOperator()));
        break;
    case O::WrongPin:
        m_status->setText(
            tr("Wrong PIN for %1. %2 attempts left.").arg(name).arg(m_check.attemptsLeft()));
        break;
    case O::UnknownOperator:
        m_status->setText(tr("%1 is not a registered operator.").arg(name));
        break;
    case O::SameAsFirst:
        m_status->setText(
            tr("%1 is the operator at this desk and cannot be the second operator.").arg(name));
        break;
    case O::Locked:
        m_status->setText(lockedText());
        break;
    }
    updateControls();
    Q_EMIT satisfiedChanged();
}

} // namespace loandesk
