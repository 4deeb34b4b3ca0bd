#pragma once

#include <QByteArray>
#include <QString>

namespace loandesk {

// One API key pair. The secret lives only in memory (loaded from the OS keychain or the
// environment); it must never be logged, saved to settings, or written into any file.
struct ApiCredentials {
    QString apiKey;
    QByteArray secret;

    bool isEmpty() const { return apiKey.isEmpty() || secret.isEmpty(); }
};

} // namespace loandesk
