#pragma once

#include "exchange/apicredentials.h"

#include <QString>

namespace loandesk::sim {

// An API key the simulator accepts: the parent key (sees every unit, groupId 0), one risk
// unit's credit-account key, or a Portfolio Margin member's own read-only key (its unit's
// groupId and its email), which may read only /papi, the ratio tables and prices.
// The secrets are simulator-only demo keys.
struct SimAccount {
    enum class Role { Parent, Credit, Member };

    Role role = Role::Parent;
    qint64 groupId = 0;
    QString email;
    ApiCredentials credentials;
    // When set, the key is an Ed25519 key: signatures are verified with this public key (PEM)
    // instead of HMAC with credentials.secret.
    QByteArray ed25519PublicKey;

    QString roleName() const {
        switch (role) {
        case Role::Parent:
            return QStringLiteral("parent");
        case Role::Credit:
            return QStringLiteral("credit");
        case Role::Member:
            return QStringLiteral("member");
        }
        return {};
    }
};

} // namespace loandesk::sim
