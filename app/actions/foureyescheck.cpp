#include "foureyescheck.h"

namespace loandesk {

FourEyesCheck::FourEyesCheck(OperatorRegistry registry, QString firstOperator)
    : m_registry(std::move(registry))
    , m_first(std::move(firstOperator)) {}

bool FourEyesCheck::samePerson(const QString &a, const QString &b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QStringList FourEyesCheck::candidates() const {
    QStringList out;
    for (const QString &name : m_registry.names()) {
        if (!samePerson(name, m_first))
            out.append(name);
    }
    return out;
}

FourEyesCheck::Outcome FourEyesCheck::verify(const QString &name, const QString &pin) {
    if (isLocked())
        return Outcome::Locked;
    m_verified.clear();
    if (samePerson(name, m_first))
        return Outcome::SameAsFirst;
    if (!m_registry.contains(name)) {
        ++m_failures;
        return isLocked() ? Outcome::Locked : Outcome::UnknownOperator;
    }
    if (!m_registry.verify(name, pin)) {
        ++m_failures;
        return isLocked() ? Outcome::Locked : Outcome::WrongPin;
    }
    // The registry's spelling, not what was typed: the audit names the registered person.
    for (const QString &registered : m_registry.names()) {
        if (samePerson(registered, name))
            m_verified = registered;
    }
    return Outcome::Verified;
}

} // namespace loandesk
