#pragma once

#include "actions/actionorder.h"
#include "actions/foureyescheck.h"

#include "domain/decimal.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace loandesk {

// Four-eyes on the confirmation step. First who is at the keyboard: the operator registered
// with the OS login, or, on a login several operators share, the one who enters their PIN.
// Then a different registered person picks their name and types their PIN; the service's
// FourEyesCheck answers with an approval token for exactly this order. Wrong PINs lock that
// operator for everyone (shown with the time it ends); PIN fields are cleared after every check.
class SecondOperatorBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecondOperatorBox)

public:
    explicit SecondOperatorBox(FourEyesCheck *check, QWidget *parent = nullptr);

    // Shown and required when `threshold` is set (the order is at or above it); hidden
    // otherwise. Either way an earlier approval is forgotten: it was for another order.
    void require(const std::optional<Decimal> &threshold, const ActionOrder &order);
    bool isRequired() const { return m_required; }
    // True when not required, or when a second operator approved this order.
    bool isSatisfied() const { return !m_required || !m_token.isEmpty(); }
    QString token() const { return m_required ? m_token : QString(); }
    QString firstOperator() const { return m_firstName; }
    void setEditable(bool editable);

Q_SIGNALS:
    void satisfiedChanged();

private:
    static QString outcomeText(const FourEyesCheck::Attempt &attempt, const QString &login);
    static QString lockText(const QString &name, const QDateTime &until);
    void identifyFirst();
    void verify();
    void showFirst();
    void showLock(QComboBox *combo);
    void updateControls();

    FourEyesCheck *m_check;
    ActionOrder m_order;
    QString m_login;
    QString m_firstToken;
    QString m_firstName;
    QString m_token;
    bool m_required = false;
    bool m_editable = true;
    bool m_firstLocked = false;
    bool m_secondLocked = false;
    QLabel *m_note;
    QLabel *m_first;
    QComboBox *m_firstCombo;
    QLineEdit *m_firstPin;
    QPushButton *m_identify;
    QComboBox *m_operator;
    QLineEdit *m_pin;
    QPushButton *m_verify;
    QLabel *m_status;
};

} // namespace loandesk
