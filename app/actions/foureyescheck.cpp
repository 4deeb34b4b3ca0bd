#include "foureyescheck.h"

#include <QRandomGenerator>

namespace loandesk {

namespace {

// Every login of `second` is one of `first`'s: most likely one person registered twice, and
// LoanDesk could not tell them apart anyway. A colleague on a shared desk login also has a
// login of their own.
bool loginsWithin(const OperatorRegistry::Operator &second,
                  const OperatorRegistry::Operator &first) {
    return std::all_of(second.logins.cbegin(), second.logins.cend(), [&](const QString &l) {
        return std::any_of(first.logins.cbegin(), first.logins.cend(),
                           [&](const QString &f) { return OperatorRegistry::sameLogin(l, f); });
    });
}

bool listsLogin(const OperatorRegistry::Operator &op, const QString &login) {
    return std::any_of(op.logins.cbegin(), op.logins.cend(),
                       [&](const QString &l) { return OperatorRegistry::sameLogin(l, login); });
}

} // namespace

FourEyesCheck::FourEyesCheck(const QString &registryPath) {
    setRegistryPath(registryPath);
}

void FourEyesCheck::setRegistryPath(const QString &registryPath) {
    m_registryPath = registryPath;
    m_grants.clear();
    m_attemptsTried = false;
}

PinAttemptLog &FourEyesCheck::attempts() const {
    if (!m_attemptsTried) {
        m_attemptsTried = true;
        if (!m_attempts.open(PinAttemptLog::pathFor(m_registryPath)))
            qWarning("four-eyes: PIN attempt log not available (%s): no PIN can be verified",
                     qPrintable(m_attempts.errorString()));
    }
    return m_attempts;
}

qint64 FourEyesCheck::now() const {
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString FourEyesCheck::issue(Grant grant) {
    // Expired grants are dropped as new ones are issued, so the table stays small.
    const qint64 t = now();
    m_grants.removeIf([t](const auto &it) { return it.value().expiresMs <= t; });
    grant.expiresMs = t + TokenLifetimeMs;
    quint32 random[8];
    QRandomGenerator::system()->fillRange(random);
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    m_grants.insert(token, grant);
    return token;
}

const FourEyesCheck::Grant *FourEyesCheck::firstGrant(const QString &token) const {
    const auto it = m_grants.constFind(token);
    if (it == m_grants.cend() || it->isApproval || it->expiresMs <= now())
        return nullptr;
    return &*it;
}

QStringList FourEyesCheck::operatorsAt(const QString &login) const {
    QStringList out;
    for (const OperatorRegistry::Operator &op : registry().withLogin(login))
        out.append(op.name);
    return out;
}

FourEyesCheck::Attempt FourEyesCheck::identify(const QString &login) {
    const QList<OperatorRegistry::Operator> here = registry().withLogin(login);
    Attempt out;
    if (here.isEmpty()) {
        out.outcome = Outcome::NotRegistered;
        return out;
    }
    if (here.size() > 1) {
        out.outcome = Outcome::NeedsPin;
        return out;
    }
    out.outcome = Outcome::Verified;
    out.operatorName = here.first().name;
    out.token = issue({false, login, here.first().id, {}, {}, 0});
    return out;
}

FourEyesCheck::Attempt FourEyesCheck::identify(const QString &login, const QString &name,
                                               const QString &pin) {
    const std::optional<OperatorRegistry::Operator> op = registry().byName(name);
    Attempt out;
    if (!op)
        return out; // UnknownOperator
    out.operatorName = op->name;
    if (!listsLogin(*op, login)) {
        out.outcome = Outcome::NotAtThisLogin;
        return out;
    }
    out = checkPin(*op, pin, login);
    if (out.verified())
        out.token = issue({false, login, op->id, {}, {}, 0});
    return out;
}

FourEyesCheck::Attempt FourEyesCheck::confirm(const QString &firstToken, const QString &name,
                                              const QString &pin, const ActionOrder &order) {
    const OperatorRegistry reg = registry();
    const Grant *first = firstGrant(firstToken);
    const std::optional<OperatorRegistry::Operator> firstOp =
        first ? reg.byId(first->firstId) : std::nullopt;
    Attempt out;
    if (!firstOp) {
        out.outcome = Outcome::FirstNotVerified;
        return out;
    }
    const std::optional<OperatorRegistry::Operator> op = reg.byName(name);
    if (!op)
        return out; // UnknownOperator
    out.operatorName = op->name;
    // Refused before the PIN is looked at: the first operator's own PIN must not count as a
    // guess against them, nor tell anyone whether it was right.
    if (op->id == firstOp->id) {
        out.outcome = Outcome::SameAsFirst;
        return out;
    }
    if (loginsWithin(*op, *firstOp)) {
        out.outcome = Outcome::SameLogins;
        return out;
    }
    const QString login = first->login;
    const QString firstId = first->firstId;
    out = checkPin(*op, pin, login);
    if (out.verified())
        out.token = issue({true, login, firstId, op->id, order, 0});
    return out;
}

QString FourEyesCheck::atKeyboard(const QString &firstToken) const {
    const Grant *first = firstGrant(firstToken);
    const std::optional<OperatorRegistry::Operator> op =
        first ? registry().byId(first->firstId) : std::nullopt;
    return op ? op->name : QString();
}

QStringList FourEyesCheck::candidates(const QString &firstToken) const {
    const OperatorRegistry reg = registry();
    const Grant *first = firstGrant(firstToken);
    const std::optional<OperatorRegistry::Operator> firstOp =
        first ? reg.byId(first->firstId) : std::nullopt;
    QStringList out;
    if (!firstOp)
        return out;
    for (const OperatorRegistry::Operator &op : reg.operators()) {
        if (op.id != firstOp->id && !loginsWithin(op, *firstOp))
            out.append(op.name);
    }
    return out;
}

PinAttemptLog::Status FourEyesCheck::lockOf(const QString &name) const {
    const std::optional<OperatorRegistry::Operator> op = registry().byName(name);
    return op ? attempts().status(op->id, now()) : PinAttemptLog::Status{};
}

FourEyesCheck::Attempt FourEyesCheck::checkPin(const OperatorRegistry::Operator &op,
                                               const QString &pin, const QString &login) {
    Attempt out;
    out.operatorName = op.name;
    PinAttemptLog &log = attempts();
    if (!log.isOpen()) {
        out.outcome = Outcome::Unavailable;
        return out;
    }
    const qint64 t = now();
    PinAttemptLog::Status status = log.status(op.id, t);
    if (!status.readable) {
        out.outcome = Outcome::Unavailable; // a lock that cannot be read is no lock
        return out;
    }
    if (status.isLocked()) {
        out.outcome = Outcome::Locked;
        out.lockedUntil = status.lockedUntil;
        return out;
    }
    const bool ok = op.pin.matches(pin);
    // Journaled before the answer is given: a lock that is not on disk would not hold.
    if (!log.record(op.id, ok, login, t)) {
        out.outcome = Outcome::Unavailable;
        return out;
    }
    status = log.status(op.id, t);
    out.attemptsLeft = status.attemptsLeft();
    out.lockedUntil = status.lockedUntil;
    out.outcome = ok ? Outcome::Verified : status.isLocked() ? Outcome::Locked : Outcome::WrongPin;
    return out;
}

bool FourEyesCheck::sameOrder(const ActionOrder &a, const ActionOrder &b) {
    return a.action == b.action && a.groupId == b.groupId && a.asset == b.asset &&
           a.amount.isValid() && a.amount == b.amount &&
           (a.action == AuditEntry::Action::Borrow || a.repayFrom == b.repayFrom);
}

std::optional<FourEyesCheck::Approval> FourEyesCheck::checkApproval(const QString &token,
                                                                    const ActionOrder &order,
                                                                    const QString &login) const {
    const auto it = m_grants.constFind(token);
    if (token.isEmpty() || it == m_grants.cend() || !it->isApproval || it->expiresMs <= now() ||
        !OperatorRegistry::sameLogin(it->login, login) || !sameOrder(it->order, order))
        return std::nullopt;
    // Both must still be registered, and still two people, when the order goes out.
    const OperatorRegistry reg = registry();
    const std::optional<OperatorRegistry::Operator> first = reg.byId(it->firstId);
    const std::optional<OperatorRegistry::Operator> second = reg.byId(it->secondId);
    if (!first || !second || first->id == second->id || loginsWithin(*second, *first))
        return std::nullopt;
    return Approval{first->id, first->name, second->id, second->name};
}

std::optional<FourEyesCheck::Approval>
FourEyesCheck::redeem(const QString &token, const ActionOrder &order, const QString &login) {
    const std::optional<Approval> approval = checkApproval(token, order, login);
    m_grants.remove(token);
    return approval;
}

} // namespace loandesk
