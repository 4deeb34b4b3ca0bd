#include "operatorregistry.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

namespace loandesk {

QString OperatorRegistry::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/operators.json");
}

OperatorRegistry OperatorRegistry::load(const QString &path, SettingsFile::Loaded *status) {
    SettingsFile::Loaded file = SettingsFile::read(path, SchemaVersion);
    OperatorRegistry registry;
    if (file.status == SettingsFile::Status::Ok) {
        const QJsonArray list = file.root.value(QStringLiteral("operators")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            const QString name = o.value(QStringLiteral("name")).toString().trimmed();
            const std::optional<PinHash> pin =
                PinHash::fromString(o.value(QStringLiteral("pinHash")).toString());
            // Schema 1 had no ids: one derived from the name stays the same at every load, so
            // a PIN lock recorded against it holds until the operator is registered again.
            const QString id = file.version < 2
                                   ? QStringLiteral("name:") + name.toCaseFolded()
                                   : o.value(QStringLiteral("id")).toString().trimmed();
            QStringList logins;
            for (const QJsonValue &login : o.value(QStringLiteral("logins")).toArray())
                logins.append(login.toString());
            logins = parseLogins(logins.join(u','));
            // One bad entry spoils the file: a half-read registry would silently drop people.
            if (name.isEmpty() || !pin || id.isEmpty() || registry.contains(name) ||
                registry.byId(id)) {
                SettingsFile::reject(file, path, QStringLiteral("operators[%1] is invalid").arg(i));
                registry = {};
                break;
            }
            registry.m_operators.append({id, name, logins, *pin});
        }
    }
    if (status)
        *status = file;
    return registry;
}

bool OperatorRegistry::save(const QString &path, QString *error) const {
    QJsonArray list;
    for (const Operator &o : m_operators)
        list.append(QJsonObject{{QStringLiteral("id"), o.id},
                                {QStringLiteral("name"), o.name},
                                {QStringLiteral("logins"), QJsonArray::fromStringList(o.logins)},
                                {QStringLiteral("pinHash"), o.pin.toString()}});
    return SettingsFile::write(path, SchemaVersion, {{QStringLiteral("operators"), list}}, error);
}

qsizetype OperatorRegistry::indexOf(const QString &name) const {
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_operators.size(); ++i) {
        if (m_operators.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList OperatorRegistry::names() const {
    QStringList out;
    for (const Operator &o : m_operators)
        out.append(o.name);
    return out;
}

bool OperatorRegistry::contains(const QString &name) const {
    return indexOf(name) >= 0;
}

std::optional<OperatorRegistry::Operator> OperatorRegistry::byName(const QString &name) const {
    const qsizetype i = indexOf(name);
    return i >= 0 ? std::optional(m_operators.at(i)) : std::nullopt;
}

std::optional<OperatorRegistry::Operator> OperatorRegistry::byId(const QString &id) const {
    for (const Operator &o : m_operators) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}

QList<OperatorRegistry::Operator> OperatorRegistry::withLogin(const QString &login) const {
    QList<Operator> out;
    for (const Operator &o : m_operators) {
        if (std::any_of(o.logins.cbegin(), o.logins.cend(),
                        [&](const QString &l) { return sameLogin(l, login); }))
            out.append(o);
    }
    return out;
}

OperatorRegistry::Change OperatorRegistry::add(const QString &name, const QStringList &logins,
                                               const QString &pin, int iterations) {
    const QString trimmed = name.trimmed();
    const QStringList cleanLogins = parseLogins(logins.join(u','));
    if (trimmed.isEmpty())
        return Change::EmptyName;
    if (contains(trimmed))
        return Change::DuplicateName;
    if (cleanLogins.isEmpty())
        return Change::NoLogin;
    if (!PinHash::isAcceptablePin(pin))
        return Change::BadPin;
    m_operators.append({QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, cleanLogins,
                        PinHash::make(pin, iterations)});
    return Change::Done;
}

OperatorRegistry::Change OperatorRegistry::changePin(const QString &name, const QString &currentPin,
                                                     const QString &newPin, int iterations) {
    const qsizetype i = indexOf(name);
    if (i < 0)
        return Change::NoSuchOperator;
    if (!m_operators.at(i).pin.matches(currentPin))
        return Change::WrongCurrentPin;
    if (!PinHash::isAcceptablePin(newPin))
        return Change::BadPin;
    m_operators[i].pin = PinHash::make(newPin, iterations);
    return Change::Done;
}

OperatorRegistry::Change OperatorRegistry::setLogins(const QString &name, const QString &currentPin,
                                                     const QStringList &logins) {
    const qsizetype i = indexOf(name);
    if (i < 0)
        return Change::NoSuchOperator;
    const QStringList cleanLogins = parseLogins(logins.join(u','));
    if (cleanLogins.isEmpty())
        return Change::NoLogin;
    if (!m_operators.at(i).pin.matches(currentPin))
        return Change::WrongCurrentPin;
    m_operators[i].logins = cleanLogins;
    return Change::Done;
}

bool OperatorRegistry::remove(const QString &name) {
    const qsizetype i = indexOf(name);
    if (i < 0)
        return false;
    m_operators.removeAt(i);
    return true;
}

bool OperatorRegistry::verify(const QString &name, const QString &pin) const {
    const qsizetype i = indexOf(name);
    return i >= 0 && m_operators.at(i).pin.matches(pin);
}

QStringList OperatorRegistry::parseLogins(const QString &text) {
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString login = part.trimmed();
        if (login.isEmpty() || std::any_of(out.cbegin(), out.cend(), [&](const QString &seen) {
                return sameLogin(seen, login);
            }))
            continue;
        out.append(login);
    }
    return out;
}

bool OperatorRegistry::sameLogin(const QString &a, const QString &b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace loandesk
