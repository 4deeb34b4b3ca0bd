#include "memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace loandesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : QObject(parent) {}

MemorySecretStore::~MemorySecretStore() {
    // Overwrite before the memory is returned to the allocator.
    for (QByteArray &secret : m_secrets)
        secret.fill('\0');
}

void MemorySecretStore::deliver(QObject *context, SecretCallback callback, SecretResult result) {
    // Always later, like the keychain: callers must not depend on re-entrancy.
    QTimer::singleShot(0, this,
                       [guard = QPointer<QObject>(context), hasContext = context != nullptr,
                        callback = std::move(callback), result = std::move(result)] {
                           if (!hasContext || guard)
                               callback(result);
                       });
}

void MemorySecretStore::read(const QString &name, QObject *context, SecretCallback callback) {
    SecretResult r;
    const auto it = m_secrets.constFind(name);
    r.status = it == m_secrets.cend() ? SecretResult::Status::NotFound : SecretResult::Status::Ok;
    if (it != m_secrets.cend())
        r.secret = it.value();
    r.inMemoryOnly = true;
    deliver(context, std::move(callback), std::move(r));
}

void MemorySecretStore::write(const QString &name, const QByteArray &secret, QObject *context,
                              SecretCallback callback) {
    m_secrets.insert(name, secret);
    deliver(context, std::move(callback), SecretResult{SecretResult::Status::Ok, {}, true, {}});
}

void MemorySecretStore::remove(const QString &name, QObject *context, SecretCallback callback) {
    const bool had = m_secrets.remove(name);
    deliver(context, std::move(callback),
            SecretResult{
                had ? SecretResult::Status::Ok : SecretResult::Status::NotFound, {}, true, {}});
}

} // namespace loandesk
