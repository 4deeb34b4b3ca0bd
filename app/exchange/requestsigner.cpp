#include "requestsigner.h"

#include "ed25519signer.h"

#include <QMessageAuthenticationCode>

namespace loandesk {

RequestSigner::RequestSigner(QByteArray secret)
    : m_secret(std::move(secret)) {}

RequestSigner::RequestSigner(std::shared_ptr<const Ed25519Signer> ed25519Key)
    : m_ed25519(std::move(ed25519Key)) {}

QByteArray RequestSigner::percentEncode(QStringView text) {
    // toPercentEncoding() leaves exactly the RFC 3986 unreserved set (A–Z a–z 0–9 - . _ ~)
    // alone and writes uppercase hex for everything else, which is the set we sign with.
    return text.toUtf8().toPercentEncoding();
}

QByteArray RequestSigner::encode(const Params &params) {
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(name);
        out += '=';
        out += percentEncode(value);
    }
    return out;
}

QByteArray RequestSigner::hmacHex(const QByteArray &payload) const {
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256).toHex();
}

QByteArray RequestSigner::wireSignature(const QByteArray &payload) const {
    if (!m_ed25519)
        return hmacHex(payload);
    // Base64 carries '+', '/' and '=', which must travel percent-encoded (case-sensitive).
    return m_ed25519->signBase64(payload).toPercentEncoding();
}

void RequestSigner::appendTiming(Params &params, qint64 timestampMs, int recvWindowMs) {
    if (recvWindowMs > 0)
        params.append({QStringLiteral("recvWindow"), QString::number(recvWindowMs)});
    params.append({QStringLiteral("timestamp"), QString::number(timestampMs)});
}

RequestSigner::Signed RequestSigner::signQuery(const Params &params, qint64 timestampMs,
                                               int recvWindowMs) const {
    Params all = params;
    appendTiming(all, timestampMs, recvWindowMs);
    Signed s;
    s.payload = encode(all);
    s.signature = wireSignature(s.payload);
    s.query = s.payload + "&signature=" + s.signature;
    return s;
}

RequestSigner::Signed RequestSigner::signBody(const Params &queryParams, const Params &bodyParams,
                                              qint64 timestampMs, int recvWindowMs) const {
    Params body = bodyParams;
    appendTiming(body, timestampMs, recvWindowMs);
    Signed s;
    s.query = encode(queryParams);
    s.body = encode(body);
    s.payload = s.query + s.body;
    s.signature = wireSignature(s.payload);
    s.body += "&signature=" + s.signature;
    return s;
}

QUrl RequestSigner::buildUrl(const QUrl &base, const QString &path,
                             const QByteArray &encodedQuery) {
    QUrl url = base;
    url.setQuery(QString());
    url.setFragment(QString());
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QByteArray encoded = url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!encodedQuery.isEmpty())
        encoded += '?' + encodedQuery;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace loandesk
