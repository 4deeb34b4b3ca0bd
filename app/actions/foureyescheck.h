#pragma once

#include "settings/operatorregistry.h"

#include <QString>
#include <QStringList>

namespace loandesk {

// The second operator's confirmation of one borrow or repay dialog: who may confirm (anyone
// registered except the person at the keyboard), the PIN check, and a lock after
// MaxAttempts wrong tries so a PIN cannot be guessed at the desk. Plain value, one per dialog;
// GUI thread.
class FourEyesCheck {
public:
    static constexpr int MaxAttempts = 5;

    enum class Outcome {
        Verified,
        WrongPin,        // counts as an attempt
        UnknownOperator, // not in the registry; counts as an attempt
        SameAsFirst,     // the operator at the keyboard cannot confirm their own action
        Locked,          // too many wrong attempts in this dialog
    };

    FourEyesCheck(OperatorRegistry registry, QString firstOperator);

    // Registered operators other than the first one, in registry order.
    QStringList candidates() const;
    QString firstOperator() const { return m_first; }
    // Checks `pin` for `name`; on success the name is the verified second operator until
    // reset(). The PIN is not kept.
    Outcome verify(const QString &name, const QString &pin);
    // Forgets a verification (e.g. the amount changed), but not the wrong attempts.
    void reset() { m_verified.clear(); }

    bool isVerified() const { return !m_verified.isEmpty(); }
    QString verifiedOperator() const { return m_verified; }
    bool isLocked() const { return m_failures >= MaxAttempts; }
    int attemptsLeft() const { return qMax(0, MaxAttempts - m_failures); }

    static bool samePerson(const QString &a, const QString &b);

private:
    OperatorRegistry m_registry;
    QString m_first;
    QString m_verified;
    int m_failures = 0;
};

} // namespace loandesk
