#pragma once

#include "settings/profilecredentials.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace loandesk {

// Opens a profile by name with the OS keychain, for `--profile NAME` and "Connect profile…",
// and words a failure for the user. Delivers exactly one of `opened` or `failed` unless
// `context` dies first. The caller applies the profile to its session (SessionSetup).
class ProfileStartup {
    Q_DECLARE_TR_FUNCTIONS(ProfileStartup)

public:
    static void open(const QString &name, QObject *context,
                     std::function<void(const ResolvedProfile &)> opened,
                     std::function<void(const QString &)> failed);
};

} // namespace loandesk
