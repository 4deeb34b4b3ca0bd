#pragma once

#include "actionorder.h"
#include "oslogin.h"
#include "pinattemptlog.h"

#include "settings/operatorregistry.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace loandesk {

// Four-eyes for BorrowRepayService: who is at the keyboard (the operator registered with the
// OS login; on a shared login the one who proves it with their PIN), a second, different
// registered person's PIN, and the single-use approval token that the service demands for an
// order at or above the four-eyes amount. A token is bound to both operators' registrations,
// the order's action, unit, asset and amount, and expires; a name alone proves nothing. Wrong
// PINs count per operator in a PinAttemptLog, so the lock survives the dialog and a restart.
// The registry is read from its file at every check, so a removal applies at once. GUI thread.
class FourEyesCheck {
    Q_DISABLE_COPY_MOVE(FourEyesCheck)

public:
    static constexpr qint64 TokenLifetimeMs = 5 * 60 * 1000;

    enum class Outcome {
        Verified,
        WrongPin,         // counts against that operator
        Locked,           // too many wrong PINs: see lockedUntil
        UnknownOperator,  // not in the registry
        NotAtThisLogin,   // the registration does not list the OS login at the keyboard
        NotRegistered,    // nobody registered the OS login at the keyboard
        NeedsPin,         // a shared login: who is at the keyboard must be proven by PIN
        SameAsFirst,      // the operator at the keyboard cannot confirm their own action
        SameLogins,       // every login of this operator is one of the first's: one person?
        FirstNotVerified, // who is at the keyboard is not (or no longer) established
        Unavailable,      // the PIN attempt log cannot be written: nothing is verified
    };

    struct Attempt {
        Outcome outcome = Outcome::UnknownOperator;
        QString operatorName; // as registered, when known
        QString token;        // on Verified: the proof to hand on
        int attemptsLeft = 0;
        std::optional<QDateTime> lockedUntil; // UTC
        bool verified() const { return outcome == Outcome::Verified; }
    };

    // Who approved an order, as the service journals it.
    struct Approval {
        QString firstId;
        QString firstName;
        QString secondId;
        QString secondName;
    };

    using Clock = std::function<qint64()>; // ms since the epoch, UTC

    explicit FourEyesCheck(const QString &registryPath = OperatorRegistry::defaultPath());

    // Another operators.json (the PIN attempt log sits beside it). Forgets every token.
    void setRegistryPath(const QString &registryPath);
    QString registryPath() const { return m_registryPath; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The OS login at the keyboard: OsLogin::current() unless a test simulates another.
    QString login() const { return m_login.isEmpty() ? OsLogin::current() : m_login; }
    void setLogin(const QString &login) { m_login = login; }
    OperatorRegistry registry() const { return OperatorRegistry::load(m_registryPath); }

    // The operator(s) registered with `login`: one, several (shared login) or none.
    QStringList operatorsAt(const QString &login) const;
    // The login's own operator, without a PIN: NotRegistered, NeedsPin (shared) or Verified
    // with a token naming who is at the keyboard.
    Attempt identify(const QString &login);
    // On a shared login: `name` proves with their PIN that they are at the keyboard.
    Attempt identify(const QString &login, const QString &name, const QString &pin);
    // The second operator's PIN for `order`, after identify(): on success a single-use approval.
    Attempt confirm(const QString &firstToken, const QString &name, const QString &pin,
                    const ActionOrder &order);
    // The registered name `firstToken` vouches for at the keyboard; empty once it expired.
    QString atKeyboard(const QString &firstToken) const;
    // Registered operators who may confirm for the one `firstToken` names.
    QStringList candidates(const QString &firstToken) const;
    // The lock of `name` as it stands now (for the dialog to show before anyone types).
    PinAttemptLog::Status lockOf(const QString &name) const;

    // Whether `token` approves `order` at `login` now; checkApproval() leaves it valid,
    // redeem() uses it up (and a token that does not fit is used up too).
    std::optional<Approval> checkApproval(const QString &token, const ActionOrder &order,
                                          const QString &login) const;
    std::optional<Approval> redeem(const QString &token, const ActionOrder &order,
                                   const QString &login);

private:
    struct Grant {
        bool isApproval = false;
        QString login;
        QString firstId;
        QString secondId;
        ActionOrder order;
        qint64 expiresMs = 0;
    };

    qint64 now() const;
    // Opened at the first check, not at construction: a service that never sees four-eyes
    // (a headless run, most tests) creates no file.
    PinAttemptLog &attempts() const;
    QString issue(Grant grant);
    const Grant *firstGrant(const QString &token) const;
    // Checks `pin` against `op` under its lock and journals the check.
    Attempt checkPin(const OperatorRegistry::Operator &op, const QString &pin,
                     const QString &login);
    static bool sameOrder(const ActionOrder &a, const ActionOrder &b);

    QString m_registryPath;
    QString m_login;
    mutable PinAttemptLog m_attempts;
    mutable bool m_attemptsTried = false;
    Clock m_clock;
    QHash<QString, Grant> m_grants;
};

} // namespace loandesk
