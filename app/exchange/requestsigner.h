#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

namespace loandesk {

class Ed25519Signer;

// Builds the signed payload of a SIGNED request exactly as it goes on the wire: every byte
// outside A–Z a–z 0–9 - _ . ~ is percent-encoded (UTF-8, uppercase hex) in names and values,
// recvWindow and timestamp are appended, and the HMAC-SHA256 of those exact bytes is appended
// as the last parameter. Since 2026-01-15 the exchange verifies the signature over the encoded
// bytes it receives, so what is signed and what is sent must never diverge. An Ed25519 key
// signs the same bytes; its base64 signature is percent-encoded like any value (doc 6.2).
// Pure value class, usable from any thread.
class RequestSigner {
public:
    using Params = QList<std::pair<QString, QString>>;

    // The pieces of one signed request. `payload` is what was signed (query immediately
    // followed by body, both without the signature); `query`/`body` are the bytes to send and
    // already end with `signature=…` where it was placed.
    struct Signed {
        QByteArray query;
        QByteArray body;
        QByteArray payload;
        QByteArray signature; // as sent: lowercase hex (HMAC) or percent-encoded base64
    };

    static constexpr int DefaultRecvWindowMs = 5000;

    explicit RequestSigner(QByteArray secret); // HMAC-SHA256
    explicit RequestSigner(std::shared_ptr<const Ed25519Signer> ed25519Key);

    static QByteArray percentEncode(QStringView text);
    // name=value&name=value, both sides percent-encoded.
    static QByteArray encode(const Params &params);
    // Lowercase hex HMAC-SHA256(secret, payload).
    QByteArray hmacHex(const QByteArray &payload) const;
    // The signature value as it goes on the wire, for either kind of key.
    QByteArray wireSignature(const QByteArray &payload) const;

    // GET/DELETE: params, recvWindow (omitted when ≤ 0), timestamp and signature, all in the
    // query string.
    Signed signQuery(const Params &params, qint64 timestampMs,
                     int recvWindowMs = DefaultRecvWindowMs) const;
    // POST: `queryParams` stay in the query string (may be empty); `bodyParams`, recvWindow,
    // timestamp and signature form the x-www-form-urlencoded body. The signature covers
    // query + body concatenated with no separator.
    Signed signBody(const Params &queryParams, const Params &bodyParams, qint64 timestampMs,
                    int recvWindowMs = DefaultRecvWindowMs) const;

    // base + path + "?" + encodedQuery, parsed in strict mode so that QUrl keeps the bytes
    // exactly (no %40 → @ normalisation); url.toEncoded() ends with the same query bytes.
    static QUrl buildUrl(const QUrl &base, const QString &path, const QByteArray &encodedQuery);

private:
    static void appendTiming(Params &params, qint64 timestampMs, int recvWindowMs);

    QByteArray m_secret;
    std::shared_ptr<const Ed25519Signer> m_ed25519;
};

} // namespace loandesk
