#include "profilecredentials.h"

#include "async/completion.h"

#include <QTimer>

#include <memory>

namespace loandesk {

namespace {

struct Resolution {
    Resolution(QObject *context, std::function<void(const ResolvedProfile &)> done)
        : context(context)
        , done(context, std::move(done)) {}

    ResolvedProfile result;
    struct Key {
        qint64 groupId = 0; // 0 and no email: the parent key
        QString email;      // a PM member's read-only key
        QString keyId;
    };
    QList<Key> keys;
    qsizetype next = 0;
    QObject *context;
    Completion<const ResolvedProfile &> done;
};

// One read at a time keeps the order deterministic and the keychain's prompts (if any) single.
void readNext(const std::shared_ptr<Resolution> &p, SecretStore *store) {
    // Cancelled or the context died: stop reading secrets nobody will use.
    if (!p->done.isWanted())
        return;
    if (p->next >= p->keys.size()) {
        p->done.deliver(p->result);
        return;
    }
    const auto [groupId, email, keyId] = p->keys.at(p->next++);
    store->read(SecretStore::nameForKey(keyId), p->context,
                [p, store, groupId, email, keyId](const SecretResult &r) {
                    if (r.ok()) {
                        const Profile &profile = p->result.profile;
                        ApiCredentials c{keyId, r.secret,
                                         groupId == 0 ? profile.keyKind
                                                      : profile.creditKeyKind(groupId)};
                        if (!email.isEmpty())
                            p->result.members.insert(email, c);
                        else if (groupId == 0)
                            p->result.parent = c;
                        else
                            p->result.credit.insert(groupId, c);
                    } else {
                        p->result.missingKeyIds.append(keyId);
                        if (r.status == SecretResult::Status::Unavailable)
                            p->result.storeUnavailable = true;
                    }
                    readNext(p, store);
                });
}

} // namespace

Pending ProfileCredentials::resolve(const Profile &profile, SecretStore *store, QObject *context,
                                    std::function<void(const ResolvedProfile &)> done) {
    auto p = std::make_shared<Resolution>(context, std::move(done));
    p->result.profile = profile;
    if (!profile.parentKeyId.isEmpty())
        p->keys.append({0, {}, profile.parentKeyId});
    for (auto it = profile.creditKeyIds.cbegin(); it != profile.creditKeyIds.cend(); ++it)
        p->keys.append({it.key(), {}, it.value()});
    for (auto it = profile.memberKeyIds.cbegin(); it != profile.memberKeyIds.cend(); ++it)
        p->keys.append({0, it.key(), it.value()});
    if (p->keys.isEmpty() && context) {
        // Nothing to read; still deliver later, never from inside this call.
        QTimer::singleShot(0, context, [p, store] { readNext(p, store); });
        return p->done.pending();
    }
    readNext(p, store);
    return p->done.pending();
}

} // namespace loandesk
