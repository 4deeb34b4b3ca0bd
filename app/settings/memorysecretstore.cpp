#include "memorysecretstore.h"

#include "async/completion.h"

#include <QTimer>

namespace loandesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : QObject(parent) {}

MemorySecretStore::~MemorySecretStore() {
    // Overwrite before the memory is returned to the allocator.
    for (QByteArray &secret : m_secrets)
        secret.fill('\0');
}

Pending MemorySecretStore::deliver(QObject *context, SecretCallback callback, SecretResult result) {
    Completion<const SecretResult &> completion(context, std::move(callback));
    // Always later, like the keychain: callers must not depend on re-entrancy.
    QTimer::singleShot(0, this,
                       [completion, result = std::move(result)] { completion.deliver(result); });
    return completion.pending();
}

Pending MemorySecretStore::read(const QString &name, QObject *context, SecretCallback callback) {
    SecretResult r;
    const auto it = m_secrets.constFind(name);
    r.status = it == m_secrets.cend() ? SecretResult::Status::NotFound : SecretResult::Status::Ok;
    if (it != m_secrets.cend())
        r.secret = it.value();
    r.inMemoryOnly = true;
    return deliver(context, std::move(callback), std::move(r));
}

Pending MemorySecretStore::write(const QString &name, const QByteArray &secret, QObject *context,
                                 SecretCallback callback) {
    m_secrets.insert(name, secret);
    return deliver(context, std::move(callback),
                   SecretResult{SecretResult::Status::Ok, {}, true, {}});
}

Pending MemorySecretStore::remove(const QString &name, QObject *context, SecretCallback callback) {
    const bool had = m_secrets.remove(name);
    return deliver(
        context, std::move(callback),
        SecretResult{
            had ? SecretResult::Status::Ok : SecretResult::Status::NotFound, {}, true, {}});
}

} // namespace loandesk
