#include "profileopener.h"

#include "environmentsecrets.h"

#include <QTimer>

namespace loandesk {

ProfileOpener::ProfileOpener(SecretStore *secrets, QString profilesPath, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_path(std::move(profilesPath)) {}

void ProfileOpener::open(const QString &name) {
    ProfileStore store(m_path);
    const ProfileStore::LoadResult loaded = store.load();
    auto failLater = [this](Failure f, const QString &detail) {
        // One result, always later: callers connect after calling open() too.
        QTimer::singleShot(0, this, [this, f, detail] { Q_EMIT failed(f, detail); });
    };
    if (loaded.status == SettingsFile::Status::Corrupt ||
        loaded.status == SettingsFile::Status::TooNew) {
        failLater(Failure::ProfileFileUnusable,
                  loaded.movedTo.isEmpty()
                      ? loaded.detail
                      : loaded.detail + QStringLiteral(" (moved to ") + loaded.movedTo + u')');
        return;
    }
    const std::optional<Profile> profile = store.profile(name);
    if (!profile) {
        failLater(Failure::NoSuchProfile, name);
        return;
    }
    if (profile->validate() != Profile::Issue::None) {
        failLater(Failure::InvalidProfile, name);
        return;
    }
    ProfileCredentials::resolve(*profile, m_secrets, this,
                                [this](const ResolvedProfile &r) { resolved(r); });
}

void ProfileOpener::resolved(ResolvedProfile profile) {
    const QString envKey = qEnvironmentVariable("LOANDESK_API_KEY");
    const QByteArray envSecret = EnvironmentSecrets::apiSecret();
    if (m_useEnvironment && profile.parent.isEmpty() && !envSecret.isEmpty() &&
        envKey == profile.profile.parentKeyId && !envKey.isEmpty()) {
        profile.parent = ApiCredentials{envKey, envSecret, profile.profile.keyKind};
        profile.missingKeyIds.removeAll(envKey);
    }
    // Without the key that polls there is nothing to show; a missing credit key only makes
    // its unit read-only.
    if (!profile.profile.parentKeyId.isEmpty() && profile.parent.isEmpty()) {
        Q_EMIT failed(Failure::NoSecret, profile.profile.parentKeyId);
        return;
    }
    if (!profile.canMonitor()) {
        Q_EMIT failed(Failure::NoSecret, profile.missingKeyIds.join(QStringLiteral(", ")));
        return;
    }
    Q_EMIT opened(profile);
}

} // namespace loandesk
