#pragma once

#include "secretstore.h"

#include <QHash>
#include <QObject>

namespace loandesk {

// Secrets in this process's memory only: the store for tests, and the fallback when no
// keychain service is running (secrets then last for this run and are never written to disk).
class MemorySecretStore final : public QObject, public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    Pending read(const QString &name, QObject *context, SecretCallback callback) override;
    Pending write(const QString &name, const QByteArray &secret, QObject *context,
                  SecretCallback callback) override;
    Pending remove(const QString &name, QObject *context, SecretCallback callback) override;

    bool contains(const QString &name) const { return m_secrets.contains(name); }

private:
    Pending deliver(QObject *context, SecretCallback callback, SecretResult result);

    QHash<QString, QByteArray> m_secrets;
};

} // namespace loandesk
