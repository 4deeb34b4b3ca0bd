#include "operatorspage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace loandesk {

OperatorsPage::OperatorsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_currentPin(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add operator"), this))
    , m_change(new QPushButton(tr("&Change PIN"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("operatorsPage"));
    m_list->setObjectName(QStringLiteral("operatorList"));
    m_name->setObjectName(QStringLiteral("operatorNameEdit"));
    m_currentPin->setObjectName(QStringLiteral("operatorCurrentPinEdit"));
    m_pin->setObjectName(QStringLiteral("operatorPinEdit"));
    m_pinAgain->setObjectName(QStringLiteral("operatorPinAgainEdit"));
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_change->setObjectName(QStringLiteral("changePinButton"));
    m_remove->setObjectName(QStringLiteral("removeOperatorButton"));
    m_status->setObjectName(QStringLiteral("operatorsStatus"));
    for (QLineEdit *pin : {m_currentPin, m_pin, m_pinAgain})
        pin->setEchoMode(QLineEdit::Password);
    m_currentPin->setPlaceholderText(tr("only to change a PIN"));
    m_pin->setPlaceholderText(tr("at least %1 characters").arg(PinHash::MinPinLength));
    m_status->setWordWrap(true);

    auto *intro = new QLabel(tr("A second operator confirms borrows and repays at or above the "
                                "profile's four-eyes amount with their own PIN, on this desk. "
                                "LoanDesk keeps only a salted hash of each PIN."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&urrent PIN:"), m_currentPin);
    form->addRow(tr("New &PIN:"), m_pin);
    form->addRow(tr("New PIN a&gain:"), m_pinAgain);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_change, &QPushButton::clicked, this, &OperatorsPage::changePin);
    connect(m_remove, &QPushButton::clicked, this, &OperatorsPage::removeOperator);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty())
            m_name->setText(name);
        m_remove->setEnabled(!name.isEmpty());
    });
    refresh();
}

void OperatorsPage::load(const OperatorRegistry &registry) {
    m_registry = registry;
    m_status->clear();
    refresh();
}

void OperatorsPage::refresh() {
    m_list->clear();
    m_list->addItems(m_registry.names());
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void OperatorsPage::clearPins() {
    for (QLineEdit *pin : {m_currentPin, m_pin, m_pinAgain})
        pin->clear();
}

bool OperatorsPage::newPinsMatch() {
    if (m_pin->text() == m_pinAgain->text())
        return true;
    clearPins();
    m_status->setText(tr("The two PINs differ."));
    return false;
}

void OperatorsPage::report(OperatorRegistry::Change change, const QString &done) {
    using C = OperatorRegistry::Change;
    switch (change) {
    case C::Done:
        m_status->setText(done);
        refresh();
        Q_EMIT changed();
        return;
    case C::EmptyName:
        m_status->setText(tr("Enter the operator's name."));
        return;
    case C::DuplicateName:
        m_status->setText(tr("%1 is already registered.").arg(m_name->text().trimmed()));
        return;
    case C::NoSuchOperator:
        m_status->setText(tr("%1 is not registered.").arg(m_name->text().trimmed()));
        return;
    case C::BadPin:
        m_status->setText(tr("A PIN has %1 to %2 characters and no spaces at either end.")
                              .arg(PinHash::MinPinLength)
                              .arg(PinHash::MaxPinLength));
        return;
    case C::WrongCurrentPin:
        m_status->setText(tr("The current PIN is not correct."));
        return;
    }
}

void OperatorsPage::addOperator() {
    const QString name = m_name->text().trimmed();
    if (!newPinsMatch())
        return;
    const auto change = m_registry.add(name, m_pin->text());
    clearPins();
    report(change, tr("%1 added. Save to keep the change.").arg(name));
}

void OperatorsPage::changePin() {
    const QString name = m_name->text().trimmed();
    if (!newPinsMatch())
        return;
    const auto change = m_registry.changePin(name, m_currentPin->text(), m_pin->text());
    clearPins();
    report(change, tr("PIN of %1 changed. Save to keep the change.").arg(name));
}

void OperatorsPage::removeOperator() {
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    m_registry.remove(name);
    m_status->setText(tr("%1 removed. Save to keep the change.").arg(name));
    refresh();
    Q_EMIT changed();
}

} // namespace loandesk
