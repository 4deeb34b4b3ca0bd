#include "operatorspage.h"

#include "actions/borrowrepayservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace loandesk {

OperatorsPage::OperatorsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_logins(new QLineEdit(this))
    , m_currentPin(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add operator"), this))
    , m_change(new QPushButton(tr("&Change PIN"), this))
    , m_setLogins(new QPushButton(tr("Change &logins"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("operatorsPage"));
    m_list->setObjectName(QStringLiteral("operatorList"));
    m_name->setObjectName(QStringLiteral("operatorNameEdit"));
    m_logins->setObjectName(QStringLiteral("operatorLoginsEdit"));
    m_currentPin->setObjectName(QStringLiteral("operatorCurrentPinEdit"));
    m_pin->setObjectName(QStringLiteral("operatorPinEdit"));
    m_pinAgain->setObjectName(QStringLiteral("operatorPinAgainEdit"));
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_change->setObjectName(QStringLiteral("changePinButton"));
    m_setLogins->setObjectName(QStringLiteral("changeLoginsButton"));
    m_remove->setObjectName(QStringLiteral("removeOperatorButton"));
    m_status->setObjectName(QStringLiteral("operatorsStatus"));
    for (QLineEdit *pin : {m_currentPin, m_pin, m_pinAgain})
        pin->setEchoMode(QLineEdit::Password);
    m_currentPin->setPlaceholderText(tr("only to change a PIN or the logins"));
    // Not filled in: the login at this keyboard is rarely the one of the colleague being added.
    m_logins->setPlaceholderText(
        tr("e.g. %1, treasury-desk").arg(BorrowRepayService::osUserName()));
    m_logins->setToolTip(tr("The OS logins this person uses on this desk, separated by commas. "
                            "A login several operators list is shared: LoanDesk then asks who "
                            "is at the keyboard."));
    m_pin->setPlaceholderText(tr("at least %1 characters").arg(PinHash::MinPinLength));
    m_status->setWordWrap(true);

    auto *intro = new QLabel(tr("At or above the profile's four-eyes amount, a borrow or repay "
                                "needs two registered people: the one at the keyboard, known by "
                                "their OS login, and a second operator with their own PIN. "
                                "LoanDesk keeps only a salted hash of each PIN."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("OS l&ogins:"), m_logins);
    form->addRow(tr("C&urrent PIN:"), m_currentPin);
    form->addRow(tr("New &PIN:"), m_pin);
    form->addRow(tr("New PIN a&gain:"), m_pinAgain);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_setLogins);
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
    connect(m_setLogins, &QPushButton::clicked, this, &OperatorsPage::changeLogins);
    connect(m_remove, &QPushButton::clicked, this, &OperatorsPage::removeOperator);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QString name = item ? item->data(Qt::UserRole).toString() : QString();
        if (const std::optional<OperatorRegistry::Operator> op = m_registry.byName(name)) {
            m_name->setText(op->name);
            m_logins->setText(op->logins.join(QStringLiteral(", ")));
        }
        m_remove->setEnabled(item != nullptr);
    });
    refresh();
}

void OperatorsPage::load(const SettingsService::Values &edited, int) {
    m_registry = edited.operators;
    m_status->clear();
    refresh();
}

void OperatorsPage::apply(SettingsService::Values &edited, int) const {
    edited.operators = m_registry;
}

void OperatorsPage::refresh() {
    // The operator just changed stays selected, ready for the next change or Remove.
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const OperatorRegistry::Operator &op : m_registry.operators()) {
        // Registered before logins existed: cannot act until the logins are set.
        const QString logins =
            op.logins.isEmpty() ? tr("no login yet") : op.logins.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(op.name, logins), m_list);
        item->setData(Qt::UserRole, op.name);
        if (!selected.isEmpty() && op.name == selected)
            m_list->setCurrentItem(item);
    }
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
    case C::NoLogin:
        m_status->setText(tr("Enter the OS login(s) this operator uses on this desk."));
        return;
    }
}

void OperatorsPage::addOperator() {
    const QString name = m_name->text().trimmed();
    if (!newPinsMatch())
        return;
    const auto change =
        m_registry.add(name, OperatorRegistry::parseLogins(m_logins->text()), m_pin->text());
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

void OperatorsPage::changeLogins() {
    const QString name = m_name->text().trimmed();
    const auto change = m_registry.setLogins(name, m_currentPin->text(),
                                             OperatorRegistry::parseLogins(m_logins->text()));
    clearPins();
    report(change, tr("Logins of %1 changed. Save to keep the change.").arg(name));
}

void OperatorsPage::removeOperator() {
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    m_registry.remove(name);
    m_status->setText(tr("%1 removed. Save to keep the change.").arg(name));
    refresh();
    Q_EMIT changed();
}

} // namespace loandesk
