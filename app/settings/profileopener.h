#pragma once

#include "profilecredentials.h"
#include "profilestore.h"

#include <QObject>

namespace loandesk {

class SecretStore;

// Opens a profile by name for `--profile NAME` and "Connect profile…": loads the profile file,
// validates the profile, reads its secrets, and delivers exactly one of opened() or failed().
// For headless runs, LOANDESK_API_SECRET still supplies the parent secret when the keychain
// has none and LOANDESK_API_KEY names the profile's key. GUI thread.
class ProfileOpener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileOpener)

public:
    enum class Failure { NoSuchProfile, ProfileFileUnusable, InvalidProfile, NoSecret };
    Q_ENUM(Failure)

    ProfileOpener(SecretStore *secrets, QString profilesPath = ProfileStore::defaultPath(),
                  QObject *parent = nullptr);

    void setUseEnvironment(bool use) { m_useEnvironment = use; }
    void open(const QString &name);

Q_SIGNALS:
    void opened(const loandesk::ResolvedProfile &profile);
    // `detail` names the profile, the key id or the file; never a secret.
    void failed(loandesk::ProfileOpener::Failure failure, const QString &detail);

private:
    void resolved(ResolvedProfile profile);

    SecretStore *m_secrets;
    QString m_path;
    bool m_useEnvironment = true;
};

} // namespace loandesk
