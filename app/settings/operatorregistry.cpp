#include "operatorregistry.h"

#include <QJsonArray>
#include <QStandardPaths>

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
            // One bad entry spoils the file: a half-read registry would silently drop people.
            if (name.isEmpty() || !pin || registry.contains(name)) {
                SettingsFile::reject(file, path, QStringLiteral("operators[%1] is invalid").arg(i));
                registry = {};
                break;
            }
            registry.m_operators.append({name, *pin});
        }
    }
    if (status)
        *status = file;
    return registry;
}

bool OperatorRegistry::save(const QString &path, QString *error) const {
    QJsonArray list;
    for (const Operator &o : m_operators)
        list.append(QJsonObject{{QStringLiteral("name"), o.name},
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

OperatorRegistry::Change OperatorRegistry::add(const QString &name, const QString &pin,
                                               int iterations) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Change::EmptyName;
    if (contains(trimmed))
        return Change::DuplicateName;
    if (!PinHash::isAcceptablePin(pin))
        return Change::BadPin;
    m_operators.append({trimmed, PinHash::make(pin, iterations)});
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

} // namespace loandesk
