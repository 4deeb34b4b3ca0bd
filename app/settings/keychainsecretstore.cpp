#include "keychainsecretstore.h"

#include "memorysecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace loandesk {

namespace {

SecretResult::Status statusOf(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // e.g. no session bus: "Could not connect"
        return SecretResult::Status::Unavailable;
    default:
        return SecretResult::Status::Failed;
    }
}

// Runs `job` and hands its outcome to `finish`, unless `context` died meanwhile. The job has
// no parent: libsecret calls back into it even after it is deleted, so a store closed with a
// job under way (a window closed while its desk reads the keychain) must let the job finish and
// delete itself (autoDelete); its connection to the store goes with the store.
template <typename Job, typename Finish>
void run(Job *job, QObject *owner, QObject *context, Finish finish) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext on disk
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [guard = QPointer<QObject>(context), hasContext = context != nullptr,
                      finish = std::move(finish)](QKeychain::Job *j) {
                         if (hasContext && !guard)
                             return;
                         finish(static_cast<Job *>(j));
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_memory(new MemorySecretStore(this)) {}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::markUnavailable(const QString &detail) {
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT keychainUnavailable(detail);
}

void KeychainSecretStore::read(const QString &name, QObject *context, SecretCallback callback) {
    // A secret kept in memory because the keychain was down wins: it is the newest.
    if (m_memory->contains(name)) {
        m_memory->read(name, context, std::move(callback));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    run(job, this, context, [this, callback = std::move(callback)](QKeychain::ReadPasswordJob *j) {
        SecretResult r;
        r.status = statusOf(j->error());
        if (r.ok())
            r.secret = j->binaryData();
        else
            r.detail = j->errorString();
        if (r.status == SecretResult::Status::Unavailable)
            markUnavailable(r.detail);
        callback(r);
    });
}

void KeychainSecretStore::write(const QString &name, const QByteArray &secret, QObject *context,
                                SecretCallback callback) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setBinaryData(secret);
    QPointer<QObject> guard(context);
    run(job, this, nullptr,
        [this, name, secret, guard, hasContext = context != nullptr,
         callback = std::move(callback)](QKeychain::WritePasswordJob *j) {
            if (hasContext && !guard)
                return;
            const SecretResult::Status status = statusOf(j->error());
            if (status == SecretResult::Status::Unavailable) {
                // Keep it for this run only, and say so.
                markUnavailable(j->errorString());
                m_memory->write(name, secret, guard.data(), callback);
                return;
            }
            callback(
                SecretResult{status,
                             {},
                             false,
                             status == SecretResult::Status::Ok ? QString() : j->errorString()});
        });
}

void KeychainSecretStore::remove(const QString &name, QObject *context, SecretCallback callback) {
    const bool inMemory = m_memory->contains(name);
    if (inMemory)
        m_memory->remove(name, nullptr, [](const SecretResult &) {});
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    run(job, this, context,
        [inMemory, callback = std::move(callback)](QKeychain::DeletePasswordJob *j) {
            SecretResult r;
            r.status = statusOf(j->error());
            if (inMemory && !r.ok())
                r.status = SecretResult::Status::Ok; // it existed, in memory, and is gone
            r.detail = r.ok() ? QString() : j->errorString();
            callback(r);
        });
}

} // namespace loandesk
