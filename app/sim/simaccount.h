#pragma once

#include "exchange/apicredentials.h"

#include <QString>

namespace loandesk::sim {

// An API key the simulator accepts: the parent key (sees every unit, groupId 0) or one risk
// unit's credit-account key. The secrets are simulator-only demo keys.
struct SimAccount {
    enum class Role { Parent, Credit };

    Role role = Role::Parent;
    qint64 groupId = 0;
    QString email;
    ApiCredentials credentials;
    // When set, the key is an Ed25519 key: signatures are verified with this public key (PEM)
    // instead of HMAC with credentials.secret.
    QByteArray ed25519PublicKey;

    QString roleName() const {
        return role == Role::Parent ? QStringLiteral("parent") : QStringLiteral("credit");
    }
};

} // namespace loandesk::sim
