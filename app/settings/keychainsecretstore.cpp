#include "keychainsecretstore.h"

#include "memorysecretstore.h"

#include "async/completion.h"

#include <qt6keychain/keychain.h>

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

// Runs `job` and hands its outcome to `finish`, which always runs: the store's own state (the
// memory fallback, keychainUnavailable) follows every job; only the caller's result can be
// dropped, by the Completion inside `finish`.
// The job has no parent: libsecret calls back into it even after it is deleted, so a store
// closed with a job under way (a window closed while its desk reads the keychain) lets the job
// finish and delete itself (autoDelete); its connection to the store goes with the store.
template <typename Job, typename Finish>
Pending run(Job *job, QObject *owner, const Pending &pending, Finish finish) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext on disk
    QObject::connect(
        job, &QKeychain::Job::finished, owner,
        [finish = std::move(finish)](QKeychain::Job *j) { finish(static_cast<Job *>(j)); });
    job->start();
    return pending;
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

Pending KeychainSecretStore::read(const QString &name, QObject *context, SecretCallback callback) {
    // A secret kept in memory because the keychain was down wins: it is the newest.
    if (m_memory->contains(name))
        return m_memory->read(name, context, std::move(callback));
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    const Completion<const SecretResult &> completion(context, std::move(callback));
    return run(job, this, completion.pending(), [this, completion](QKeychain::ReadPasswordJob *j) {
        SecretResult r;
        r.status = statusOf(j->error());
        if (r.ok())
            r.secret = j->binaryData();
        else
            r.detail = j->errorString();
        if (r.status == SecretResult::Status::Unavailable)
            markUnavailable(r.detail);
        completion.deliver(r);
    });
}

Pending KeychainSecretStore::write(const QString &name, const QByteArray &secret, QObject *context,
                                   SecretCallback callback) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setBinaryData(secret);
    const Completion<const SecretResult &> completion(context, std::move(callback));
    return run(job, this, completion.pending(),
               [this, name, secret, completion](QKeychain::WritePasswordJob *j) {
                   const SecretResult::Status status = statusOf(j->error());
                   if (status == SecretResult::Status::Unavailable) {
                       // Keep it for this run only, and say so.
                       markUnavailable(j->errorString());
                       m_memory->write(name, secret, nullptr, [completion](const SecretResult &r) {
                           completion.deliver(r);
                       });
                       return;
                   }
                   completion.deliver(SecretResult{
                       status,
                       {},
                       false,
                       status == SecretResult::Status::Ok ? QString() : j->errorString()});
               });
}

Pending KeychainSecretStore::remove(const QString &name, QObject *context,
                                    SecretCallback callback) {
    const bool inMemory = m_memory->contains(name);
    if (inMemory)
        m_memory->remove(name, nullptr, [](const SecretResult &) {});
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    const Completion<const SecretResult &> completion(context, std::move(callback));
    return run(job, this, completion.pending(),
               [inMemory, completion](QKeychain::DeletePasswordJob *j) {
                   SecretResult r;
                   r.status = statusOf(j->error());
                   if (inMemory && !r.ok())
                       r.status = SecretResult::Status::Ok; // it existed, in memory, and is gone
                   r.detail = r.ok() ? QString() : j->errorString();
                   completion.deliver(r);
               });
}

} // namespace loandesk
