#pragma once

#include <QByteArray>

#include <memory>

namespace loandesk {

// An Ed25519 private key loaded once from its PEM (PKCS#8) and the signatures it makes: the
// raw 64-byte signature of the payload, base64 encoded (API doc 6.2). The caller
// percent-encodes it for the wire. Immutable after construction; safe to share across threads.
class Ed25519Signer {
public:
    explicit Ed25519Signer(const QByteArray &privateKeyPem);
    ~Ed25519Signer();
    Ed25519Signer(const Ed25519Signer &) = delete;
    Ed25519Signer &operator=(const Ed25519Signer &) = delete;

    // False when the PEM is not an Ed25519 private key.
    bool isValid() const;
    // Base64 signature; empty when the key is invalid or OpenSSL fails.
    QByteArray signBase64(const QByteArray &payload) const;
    // The matching public key as PEM (SubjectPublicKeyInfo), e.g. to register with the exchange.
    QByteArray publicKeyPem() const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
};

} // namespace loandesk
