#pragma once

#include "async/pending.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace loandesk {

// What one secret-store operation delivered. `detail` is technical text for logs; it never
// contains the secret.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound,    // nothing stored under this name
        Unavailable, // no keychain service is running
        Failed,      // denied or another error
    };
    Status status = Status::Failed;
    QByteArray secret;         // read only
    bool inMemoryOnly = false; // write: kept for this run only (no keychain service)
    QString detail;

    bool ok() const { return status == Status::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Where API secrets live: the OS keychain in the app, memory in tests. Every call follows the
// async rule (async/completion.h): one result to `callback`, later (never from inside the
// call), never after `context` died or the returned Pending was cancelled. Cancelling a write
// or remove only drops its result; the keychain still carries it out. No nested event loop.
// GUI thread.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    virtual Pending read(const QString &name, QObject *context, SecretCallback callback) = 0;
    virtual Pending write(const QString &name, const QByteArray &secret, QObject *context,
                          SecretCallback callback) = 0;
    virtual Pending remove(const QString &name, QObject *context, SecretCallback callback) = 0;

    // The name a key's secret is stored under: the API key id, which is not a secret and does
    // not change when a profile is renamed.
    static QString nameForKey(const QString &apiKeyId) {
        return QStringLiteral("apikey/") + apiKeyId;
    }
};

} // namespace loandesk
