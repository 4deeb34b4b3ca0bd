#pragma once

#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace loandesk::test {

// A fresh Ed25519 key pair, generated at test time (no key material in the repository).
struct Ed25519TestKey {
    QByteArray privatePem;
    QByteArray publicPem;

    static Ed25519TestKey generate() {
        Ed25519TestKey out;
        EVP_PKEY *key = nullptr;
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
        if (ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key) == 1) {
            out.privatePem = write([key](BIO *b) {
                return PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
            });
            out.publicPem = write([key](BIO *b) { return PEM_write_bio_PUBKEY(b, key); });
        }
        EVP_PKEY_free(key);
        EVP_PKEY_CTX_free(ctx);
        return out;
    }

private:
    template <typename F> static QByteArray write(F f) {
        BIO *bio = BIO_new(BIO_s_mem());
        QByteArray pem;
        if (f(bio) == 1) {
            char *data = nullptr;
            const long size = BIO_get_mem_data(bio, &data);
            pem = QByteArray(data, qsizetype(size));
        }
        BIO_free(bio);
        return pem;
    }
};

} // namespace loandesk::test
