#pragma once

#include "pinhash.h"
#include "settingsfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace loandesk {

// The people who may confirm a large borrow or repay as second operator on this desk, each
// with a PIN set here. Kept in AppConfigLocation/operators.json with a schema version; only
// salted PIN hashes are stored, never a PIN. Names are unique ignoring case. Plain value;
// GUI thread.
class OperatorRegistry {
public:
    static constexpr int SchemaVersion = 1;

    struct Operator {
        QString name;
        PinHash pin;
        bool operator==(const Operator &) const = default;
    };

    enum class Change { Done, EmptyName, DuplicateName, NoSuchOperator, BadPin, WrongCurrentPin };

    static QString defaultPath();
    // Empty when the file is missing; an unusable file is moved aside (see SettingsFile).
    static OperatorRegistry load(const QString &path = defaultPath(),
                                 SettingsFile::Loaded *status = nullptr);
    bool save(const QString &path = defaultPath(), QString *error = nullptr) const;

    QStringList names() const;
    bool contains(const QString &name) const;
    bool isEmpty() const { return m_operators.isEmpty(); }

    Change add(const QString &name, const QString &pin,
               int iterations = PinHash::DefaultIterations);
    // Changing a PIN takes the current one, so only its owner can change it.
    Change changePin(const QString &name, const QString &currentPin, const QString &newPin,
                     int iterations = PinHash::DefaultIterations);
    bool remove(const QString &name);
    // True only for a registered name whose PIN matches.
    bool verify(const QString &name, const QString &pin) const;

    bool operator==(const OperatorRegistry &) const = default;

private:
    qsizetype indexOf(const QString &name) const;

    QList<Operator> m_operators;
};

} // namespace loandesk
