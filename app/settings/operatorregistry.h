#pragma once

#include "pinhash.h"
#include "settingsfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace loandesk {

// The people who act on this desk with four-eyes: each with the OS login(s) they use here and
// a PIN set here. Kept in AppConfigLocation/operators.json with a schema version; only salted
// PIN hashes are stored, never a PIN. Names are unique ignoring case; a registration keeps its
// id for life, so confirmations and PIN locks follow the person, not the spelling of a name.
// Plain value; GUI thread.
class OperatorRegistry {
public:
    static constexpr int SchemaVersion = 2;

    struct Operator {
        QString id;
        QString name;
        QStringList logins; // as registered; compared ignoring case
        PinHash pin;
        bool operator==(const Operator &) const = default;
    };

    enum class Change {
        Done,
        EmptyName,
        DuplicateName,
        NoSuchOperator,
        BadPin,
        WrongCurrentPin,
        NoLogin,
    };

    static QString defaultPath();
    // Empty when the file is missing; an unusable file is moved aside (see SettingsFile).
    // Schema 1 files (no ids, no logins) load with ids derived from the name.
    static OperatorRegistry load(const QString &path = defaultPath(),
                                 SettingsFile::Loaded *status = nullptr);
    bool save(const QString &path = defaultPath(), QString *error = nullptr) const;

    QStringList names() const;
    QList<Operator> operators() const { return m_operators; }
    bool contains(const QString &name) const;
    bool isEmpty() const { return m_operators.isEmpty(); }
    std::optional<Operator> byName(const QString &name) const;
    std::optional<Operator> byId(const QString &id) const;
    // Everyone who registered `login`: one person, several on a shared login, or nobody.
    QList<Operator> withLogin(const QString &login) const;

    // A new operator needs at least one OS login.
    Change add(const QString &name, const QStringList &logins, const QString &pin,
               int iterations = PinHash::DefaultIterations);
    // Changing a PIN or the logins takes the current PIN, so only its owner can change them.
    Change changePin(const QString &name, const QString &currentPin, const QString &newPin,
                     int iterations = PinHash::DefaultIterations);
    Change setLogins(const QString &name, const QString &currentPin, const QStringList &logins);
    bool remove(const QString &name);
    // True only for a registered name whose PIN matches.
    bool verify(const QString &name, const QString &pin) const;

    // Logins as typed ("alice, desk-3" or one a line): trimmed, empty ones and repeats (ignoring
    // case) dropped.
    static QStringList parseLogins(const QString &text);
    // OS logins are compared ignoring case: on a system that tells CAROL from carol, treating
    // them as one person refuses a four-eyes pass rather than allowing one.
    static bool sameLogin(const QString &a, const QString &b);
    bool operator==(const OperatorRegistry &) const = default;

private:
    qsizetype indexOf(const QString &name) const;

    QList<Operator> m_operators;
};

} // namespace loandesk
