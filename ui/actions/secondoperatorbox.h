#pragma once

#include "actions/foureyescheck.h"

#include "domain/decimal.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace loandesk {

// Four-eyes on the confirmation step: a registered colleague other than the person at the
// keyboard picks their name and types their PIN. Locks after FourEyesCheck::MaxAttempts wrong
// PINs for the life of the dialog. The PIN field is cleared after every check.
class SecondOperatorBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecondOperatorBox)

public:
    explicit SecondOperatorBox(QWidget *parent = nullptr);

    void setOperators(const OperatorRegistry &registry, const QString &firstOperator);
    // Shown and required when set (the amount is at or above `threshold`); hidden otherwise.
    // Either way an earlier confirmation is forgotten: it was for another amount.
    void require(const std::optional<Decimal> &threshold);
    bool isRequired() const { return m_required; }
    // True when not required, or when a second operator's PIN was verified.
    bool isSatisfied() const { return !m_required || m_check.isVerified(); }
    QString verifiedOperator() const { return m_required ? m_check.verifiedOperator() : QString(); }
    void setEditable(bool editable);

Q_SIGNALS:
    void satisfiedChanged();

private:
    static QString lockedText();
    void verify();
    void updateControls();

    FourEyesCheck m_check;
    bool m_required = false;
    bool m_editable = true;
    QLabel *m_note;
    QComboBox *m_operator;
    QLineEdit *m_pin;
    QPushButton *m_verify;
    QLabel *m_status;
};

} // namespace loandesk
