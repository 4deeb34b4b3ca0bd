#include "ed25519signer.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace loandesk {

struct Ed25519Signer::Key {
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

Ed25519Signer::Ed25519Signer(const QByteArray &privateKeyPem)
    : m_key(std::make_unique<Key>()) {
    BIO *bio = BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size()));
    if (!bio)
        return;
    // No passphrase callback: an encrypted PEM must not make OpenSSL prompt on the terminal.
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, const_cast<char *>(""));
    BIO_free(bio);
    if (pkey && EVP_PKEY_id(pkey) == EVP_PKEY_ED25519)
        m_key->pkey = pkey;
    else
        EVP_PKEY_free(pkey);
}

Ed25519Signer::~Ed25519Signer() = default;

bool Ed25519Signer::isValid() const {
    return m_key->pkey != nullptr;
}

QByteArray Ed25519Signer::signBase64(const QByteArray &payload) const {
    if (!m_key->pkey)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return {};
    QByteArray signature;
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(payload.constData());
    // Ed25519 is a one-shot signature: no digest is named, EVP_DigestSign hashes internally.
    if (EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, data, size_t(payload.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                           size_t(payload.size())) != 1)
            signature.clear();
        else
            signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    return signature.toBase64();
}

QByteArray Ed25519Signer::publicKeyPem() const {
    if (!m_key->pkey)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    QByteArray pem;
    if (PEM_write_bio_PUBKEY(bio, m_key->pkey) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, qsizetype(size));
    }
    BIO_free(bio);
    return pem;
}

} // namespace loandesk
