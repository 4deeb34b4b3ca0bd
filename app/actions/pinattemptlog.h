#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace loandesk {

// Every PIN check against a registered operator, kept so that the wrong-PIN lock belongs to
// the operator and outlives the dialog and a restart: MaxFailures wrong PINs in a row lock
// that operator for LockMs. SQLite next to operators.json (own connection, synchronous=FULL,
// rows never updated or deleted); the PIN itself is never written. GUI thread.
class PinAttemptLog {
    Q_DISABLE_COPY_MOVE(PinAttemptLog)

public:
    static constexpr int SchemaVersion = 1;
    static constexpr int MaxFailures = 5;
    static constexpr qint64 LockMs = 15 * 60 * 1000;

    struct Status {
        int failures = 0; // wrong PINs in a row since the last right one or the last lock
        std::optional<QDateTime> lockedUntil; // UTC; set while locked
        bool readable = true; // false: the log could not be read, so nothing is known
        bool isLocked() const { return lockedUntil.has_value(); }
        int attemptsLeft() const { return isLocked() ? 0 : qMax(0, MaxFailures - failures); }
    };

    PinAttemptLog();
    ~PinAttemptLog();

    bool open(const QString &path);
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_errorString; } // English, for logs

    Status status(const QString &operatorId, qint64 nowMs) const;
    // Appends one check durably; false when it could not be written (then nothing may be
    // verified: a lock that is not journaled would not hold).
    bool record(const QString &operatorId, bool ok, const QString &osUser, qint64 nowMs);

    // pin-attempts.sqlite in the folder of `registryPath`.
    static QString pathFor(const QString &registryPath);

private:
    QString m_connection;
    QString m_errorString;
    bool m_open = false;
};

} // namespace loandesk
