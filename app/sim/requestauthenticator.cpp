#include "requestauthenticator.h"

#include <QMessageAuthenticationCode>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace loandesk::sim {

namespace {

// Removes the "signature=…" pair from a raw form-encoded string, leaving every other byte as
// received (no decoding, no re-encoding).
QByteArray withoutSignature(const QByteArray &raw, QByteArray *signature) {
    QList<QByteArray> kept;
    for (const QByteArray &pair : raw.split('&')) {
        if (pair.startsWith("signature=")) {
            if (signature->isNull())
                *signature = pair.mid(int(sizeof("signature=")) - 1);
            continue;
        }
        kept.append(pair);
    }
    return kept.join('&');
}

std::optional<qint64> parseMillis(const QString &text) {
    // Whole milliseconds, or microseconds (16 digits) as the newer general-info allows.
    bool ok = !text.isEmpty();
    for (const QChar c : text)
        ok = ok && c.isDigit() && c.unicode() < 128;
    qint64 value = ok ? text.toLongLong(&ok) : 0;
    if (!ok)
        return std::nullopt;
    return text.size() >= 16 ? value / 1000 : value;
}

} // namespace

RequestAuthenticator::RequestAuthenticator(const QList<SimAccount> &accounts)
    : m_accounts(accounts) {}

const SimAccount *RequestAuthenticator::account(const QString &apiKey) const {
    for (const SimAccount &a : m_accounts) {
        if (a.credentials.apiKey == apiKey)
            return &a;
    }
    return nullptr;
}

std::optional<SimError> RequestAuthenticator::checkKey(const SimRequest &request,
                                                       const SimAccount **caller) const {
    const QByteArray key = request.header("x-mbx-apikey");
    if (key.isEmpty())
        return SimError::make(-2014, QStringLiteral("API-key format invalid."), 401);
    const SimAccount *found = account(QString::fromUtf8(key));
    if (!found)
        return SimError::noPermission();
    *caller = found;
    return std::nullopt;
}

QByteArray RequestAuthenticator::signedPayload(const SimRequest &request, QByteArray *signature) {
    QByteArray found;
    const QByteArray query = withoutSignature(request.rawQuery, &found);
    const QByteArray body = withoutSignature(request.body, &found);
    if (signature)
        *signature = found;
    return query + body;
}

std::optional<SimError> RequestAuthenticator::checkSignature(const SimRequest &request,
                                                             const QByteArray &secret) {
    QByteArray signature;
    const QByteArray payload = signedPayload(request, &signature);
    if (signature.isEmpty())
        return SimError::mandatoryParam(QStringLiteral("signature"));
    const QByteArray expected =
        QMessageAuthenticationCode::hash(payload, secret, QCryptographicHash::Sha256).toHex();
    // HMAC signatures are case-insensitive hex.
    if (signature.toLower() != expected)
        return SimError::make(-1022, QStringLiteral("Signature for this request is not valid."));
    return std::nullopt;
}

std::optional<SimError> RequestAuthenticator::checkSignature(const SimRequest &request,
                                                             const SimAccount &account) {
    if (account.ed25519PublicKey.isEmpty())
        return checkSignature(request, account.credentials.secret);
    return checkEd25519Signature(request, account.ed25519PublicKey);
}

std::optional<SimError>
RequestAuthenticator::checkEd25519Signature(const SimRequest &request,
                                            const QByteArray &publicKeyPem) {
    QByteArray encoded;
    const QByteArray payload = signedPayload(request, &encoded);
    if (encoded.isEmpty())
        return SimError::mandatoryParam(QStringLiteral("signature"));
    const QByteArray signature = QByteArray::fromBase64(QByteArray::fromPercentEncoding(encoded));
    bool valid = false;
    BIO *bio = BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size()));
    EVP_PKEY *key = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (key && ctx && EVP_PKEY_id(key) == EVP_PKEY_ED25519 &&
        EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1) {
        valid =
            EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                             size_t(signature.size()),
                             reinterpret_cast<const unsigned char *>(payload.constData()),
                             size_t(payload.size())) == 1;
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    BIO_free(bio);
    if (!valid)
        return SimError::make(-1022, QStringLiteral("Signature for this request is not valid."));
    return std::nullopt;
}

std::optional<SimError> RequestAuthenticator::checkTimestamp(RequestParams &params,
                                                             qint64 serverTimeMs) {
    const QString timestampText = params.value(QStringLiteral("timestamp"));
    if (timestampText.isEmpty())
        return SimError::mandatoryParam(QStringLiteral("timestamp"));
    const std::optional<qint64> timestamp = parseMillis(timestampText);
    if (!timestamp)
        return SimError::illegalChars(QStringLiteral("timestamp"));

    // recvWindow may carry up to three decimals (microseconds); compare exactly.
    Decimal window = Decimal::fromInt(5000);
    if (params.has(QStringLiteral("recvWindow"))) {
        const std::optional<Decimal> w =
            Decimal::fromString(params.value(QStringLiteral("recvWindow")));
        if (!w || w->scale() > 3 || w->isNegative())
            return SimError::illegalChars(QStringLiteral("recvWindow"));
        if (*w > Decimal::fromInt(60000))
            return SimError::make(-1131, QStringLiteral("recvWindow must be less than 60000"));
        window = *w;
    }
    if (*timestamp >= serverTimeMs + 1000)
        return SimError::make(-1021, QStringLiteral("Timestamp for this request was 1000ms ahead "
                                                    "of the server's time."));
    if (Decimal::fromInt(serverTimeMs - *timestamp) > window)
        return SimError::make(-1021, QStringLiteral("Timestamp for this request is outside of the "
                                                    "recvWindow."));
    return std::nullopt;
}

} // namespace loandesk::sim
