#pragma once

#include <QByteArray>
#include <QString>

namespace loandesk {

// One API key pair. The secret lives only in memory (loaded from the OS keychain or the
// environment); it must never be logged, saved to settings, or written into any file.
// For an HMAC key `secret` is the secret key; for an Ed25519 key it is the private key PEM.
struct ApiCredentials {
    enum class KeyKind { Hmac, Ed25519 };

    QString apiKey;
    QByteArray secret;
    KeyKind kind = KeyKind::Hmac;

    bool isEmpty() const { return apiKey.isEmpty() || secret.isEmpty(); }
};

} // namespace loandesk
