#include "profilestartup.h"

#include "session/sessionsetup.h"
#include "settings/keychainsecretstore.h"
#include "settings/profileopener.h"

#include <QCoreApplication>

namespace loandesk {

void ProfileStartup::open(const QString &name, QObject *context,
                          std::function<void(const ResolvedProfile &)> opened,
                          std::function<void(const QString &)> failed) {
    SessionSetup::useSystemProxy();
    auto *secrets = new KeychainSecretStore(QStringLiteral("LoanDesk"), context);
    auto *opener = new ProfileOpener(secrets, ProfileStore::defaultPath(), context);
    auto cleanup = [secrets, opener] {
        opener->deleteLater();
        secrets->deleteLater();
    };
    QObject::connect(opener, &ProfileOpener::opened, context, [=](const ResolvedProfile &r) {
        cleanup();
        opened(r);
    });
    QObject::connect(
        opener, &ProfileOpener::failed, context,
        [=](ProfileOpener::Failure failure, const QString &detail) {
            QString text;
            switch (failure) {
            case ProfileOpener::Failure::NoSuchProfile:
                text = tr("there is no profile called \"%1\"").arg(detail);
                break;
            case ProfileOpener::Failure::ProfileFileUnusable:
                text = tr("the profile file could not be used: %1").arg(detail);
                break;
            case ProfileOpener::Failure::InvalidProfile:
                text = tr("the profile \"%1\" is incomplete; open Settings to fix it").arg(detail);
                break;
            case ProfileOpener::Failure::NoSecret:
                text = secrets->keychainAvailable()
                           ? tr("the keychain holds no secret for API key %1").arg(detail)
                           : tr("no keychain service is running, so the secret for API key %1 "
                                "cannot be read; set LOANDESK_API_KEY and LOANDESK_API_SECRET")
                                 .arg(detail);
                break;
            }
            cleanup();
            failed(text);
        });
    opener->open(name);
}

} // namespace loandesk
