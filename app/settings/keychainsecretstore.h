#pragma once

#include "secretstore.h"

#include <QObject>

namespace loandesk {

class MemorySecretStore;

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet on Linux), under the
// service name "LoanDesk". When no keychain service is running, writes fall back to memory for
// this run only (the result says inMemoryOnly and keychainUnavailable is emitted once);
// QtKeychain's plaintext fallback stays off. GUI thread; each job deletes itself.
class KeychainSecretStore final : public QObject, public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("LoanDesk"),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    Pending read(const QString &name, QObject *context, SecretCallback callback) override;
    Pending write(const QString &name, const QByteArray &secret, QObject *context,
                  SecretCallback callback) override;
    Pending remove(const QString &name, QObject *context, SecretCallback callback) override;

    bool keychainAvailable() const { return m_available; }

Q_SIGNALS:
    void keychainUnavailable(const QString &detail);

private:
    void markUnavailable(const QString &detail);

    QString m_service;
    MemorySecretStore *m_memory;
    bool m_available = true;
};

} // namespace loandesk
