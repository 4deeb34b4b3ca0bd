#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QHash>
#include <QMetaType>
#include <QStringList>

#include <functional>
#include <optional>

namespace loandesk {

// A profile with its secrets read from a SecretStore: what a session needs to connect.
struct ResolvedProfile {
    Profile profile;
    ApiCredentials parent; // empty when the profile has only credit keys
    QHash<qint64, ApiCredentials> credit;
    QHash<QString, ApiCredentials> members; // Portfolio Margin members' read-only keys by email
    QStringList missingKeyIds;              // key ids whose secret the store does not have
    bool storeUnavailable = false;

    bool canMonitor() const { return !parent.isEmpty() || !credit.isEmpty(); }
    // The key that polls ltv-details: the parent's, or else the first credit key, which sees
    // only its own unit (monitorGroup()).
    ApiCredentials monitorKey() const {
        return !parent.isEmpty() || credit.isEmpty() ? parent : credit.value(firstCreditGroup());
    }
    std::optional<qint64> monitorGroup() const {
        return !parent.isEmpty() || credit.isEmpty() ? std::nullopt
                                                     : std::optional(firstCreditGroup());
    }
    qint64 firstCreditGroup() const {
        qint64 first = 0;
        for (auto it = credit.cbegin(); it != credit.cend(); ++it)
            first = first == 0 ? it.key() : qMin(first, it.key());
        return first;
    }
};

// Reads every secret a profile needs (parent key, each credit key, each PM member's read-only
// key) and delivers one
// ResolvedProfile. Secrets that are missing are listed, not fatal: a unit without its credit
// key is still monitored, read-only. Follows the async rule (async/completion.h).
class ProfileCredentials {
public:
    static Pending resolve(const Profile &profile, SecretStore *store, QObject *context,
                           std::function<void(const ResolvedProfile &)> done);
};

} // namespace loandesk

Q_DECLARE_METATYPE(loandesk::ResolvedProfile)
