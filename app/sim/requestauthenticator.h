#pragma once

#include "requestparams.h"
#include "simaccount.h"
#include "simerror.h"
#include "simrequest.h"

#include <QList>

#include <optional>

namespace loandesk::sim {

// Checks what the exchange checks before it runs a SIGNED request: a known X-MBX-APIKEY, the
// HMAC-SHA256 signature over the exact bytes received, and timestamp/recvWindow. It has its
// own HMAC code on purpose: it must not share the client's RequestSigner, so that a bug in one
// cannot hide in the other.
class RequestAuthenticator {
public:
    explicit RequestAuthenticator(const QList<SimAccount> &accounts);

    const SimAccount *account(const QString &apiKey) const;

    // -2014 without a key, -2015 (HTTP 401) for an unknown one.
    std::optional<SimError> checkKey(const SimRequest &request, const SimAccount **caller) const;
    // -1102 without signature, -1022 when it does not match.
    static std::optional<SimError> checkSignature(const SimRequest &request,
                                                  const QByteArray &secret);
    // The account's own kind of key: Ed25519 when it has a public key, HMAC otherwise.
    static std::optional<SimError> checkSignature(const SimRequest &request,
                                                  const SimAccount &account);
    // Ed25519 over the same payload: the signature is percent-encoded base64 (doc 6.2).
    static std::optional<SimError> checkEd25519Signature(const SimRequest &request,
                                                         const QByteArray &publicKeyPem);
    // -1102 without timestamp, -1131 for recvWindow > 60000, -1021 outside the window.
    static std::optional<SimError> checkTimestamp(RequestParams &params, qint64 serverTimeMs);

    // totalParams: the raw query string minus its signature pair, immediately followed by the
    // raw body minus its signature pair. `signature` receives the signature value.
    static QByteArray signedPayload(const SimRequest &request, QByteArray *signature);

private:
    QList<SimAccount> m_accounts;
};

} // namespace loandesk::sim
