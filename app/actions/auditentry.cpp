#include "auditentry.h"

#include <array>
#include <utility>

namespace loandesk {

namespace {

constexpr std::array<std::pair<AuditEntry::State, const char *>, 10> StateNames = {{
    {AuditEntry::State::Intent, "INTENT"},
    {AuditEntry::State::Sent, "SENT"},
    {AuditEntry::State::SettledOk, "SETTLED_OK"},
    {AuditEntry::State::Rejected, "REJECTED"},
    {AuditEntry::State::Unknown, "UNKNOWN"},
    {AuditEntry::State::ReconciledExecuted, "RECONCILED_EXECUTED"},
    {AuditEntry::State::ReconciledNotExecuted, "RECONCILED_NOT_EXECUTED"},
    {AuditEntry::State::ProbablyExecuted, "PROBABLY_EXECUTED"},
    {AuditEntry::State::ResolvedByHandExecuted, "RESOLVED_BY_HAND_EXECUTED"},
    {AuditEntry::State::ResolvedByHandNotExecuted, "RESOLVED_BY_HAND_NOT_EXECUTED"},
}};

} // namespace

QString AuditEntry::actionName(Action action) {
    return action == Action::Borrow ? QStringLiteral("BORROW") : QStringLiteral("REPAY");
}

std::optional<AuditEntry::Action> AuditEntry::actionFromName(const QString &name) {
    if (name == QLatin1String("BORROW"))
        return Action::Borrow;
    if (name == QLatin1String("REPAY"))
        return Action::Repay;
    return std::nullopt;
}

QString AuditEntry::stateName(State state) {
    for (const auto &[s, name] : StateNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<AuditEntry::State> AuditEntry::stateFromName(const QString &name) {
    for (const auto &[s, n] : StateNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

bool AuditEntry::isFinal(State state) {
    switch (state) {
    case State::SettledOk:
    case State::Rejected:
    case State::ReconciledExecuted:
    case State::ReconciledNotExecuted:
    case State::ResolvedByHandExecuted:
    case State::ResolvedByHandNotExecuted:
        return true;
    case State::Intent:
    case State::Sent:
    case State::Unknown:
    case State::ProbablyExecuted:
        return false;
    }
    return false;
}

} // namespace loandesk
