#pragma once

#include "sendoncedevice.h"
#include "sim/simexchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace loandesk::sim::test {

// Sends hand-built, hand-signed requests to a SimExchange over loopback. The HMAC is computed
// here with QMessageAuthenticationCode, independent of both the client's and the simulator's
// code, so the tests pin the protocol rather than either implementation.
class SimTestClient {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QNetworkReply::RawHeaderPair> headers;

        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        int code() const { return json().object().value(QStringLiteral("code")).toInt(); }
        QString msg() const { return json().object().value(QStringLiteral("msg")).toString(); }
        QByteArray header(const QByteArray &name) const {
            for (const auto &[n, v] : headers) {
                if (n.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            }
            return {};
        }
    };

    explicit SimTestClient(SimExchange &exchange)
        : m_exchange(exchange) {}

    static QByteArray sign(const QByteArray &payload, const QByteArray &secret) {
        return QMessageAuthenticationCode::hash(payload, secret, QCryptographicHash::Sha256)
            .toHex();
    }

    QByteArray timestamp(qint64 offsetMs = 0) const {
        return "timestamp=" + QByteArray::number(m_exchange.serverTimeMs() + offsetMs);
    }

    // `query` is sent exactly as given (already percent-encoded), then "&signature=…" computed
    // over query + body. Empty secret: no signature.
    Reply send(const QByteArray &method, const QByteArray &path, const QByteArray &query,
               const ApiCredentials &key, const QByteArray &body = {}) {
        QByteArray target = path + '?' + query;
        if (!key.secret.isEmpty())
            target += "&signature=" + sign(query + body, key.secret);
        return sendRaw(method, target, key.apiKey.toUtf8(), body);
    }

    // Signed GET/POST with `params` (encoded) followed by a fresh timestamp.
    Reply get(const QByteArray &path, const ApiCredentials &key, const QByteArray &params = {}) {
        return send("GET", path, join(params, timestamp()), key);
    }
    Reply post(const QByteArray &path, const ApiCredentials &key, const QByteArray &params) {
        return send("POST", path, join(params, timestamp()), key);
    }
    // A POST that Qt cannot replay: the parameters go in a body that cannot be rewound. Qt
    // silently resends a request whose connection closes without an answer, which would turn a
    // lost response into a second order (see SendOnceDevice).
    Reply postOnce(const QByteArray &path, const ApiCredentials &key, const QByteArray &params) {
        const QByteArray query = timestamp();
        const QByteArray target =
            path + '?' + query + "&signature=" + sign(query + params, key.secret);
        return sendRaw("POST", target, key.apiKey.toUtf8(), params, true);
    }

    Reply sendRaw(const QByteArray &method, const QByteArray &target, const QByteArray &apiKey,
                  const QByteArray &body = {}, bool once = false) {
        QNetworkRequest request(QUrl::fromEncoded(m_exchange.baseUrl().toEncoded() + target));
        if (!apiKey.isEmpty())
            request.setRawHeader("X-MBX-APIKEY", apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nullptr;
        if (once) {
            // As ExchangeClient does: streamed, unbuffered, so there is nothing to replay from.
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            reply =
                m_manager.sendCustomRequest(request, method, new SendOnceDevice(body, &m_manager));
        } else {
            reply = m_manager.sendCustomRequest(request, method, body);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            qWarning("no reply within 10 s");
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    static QByteArray join(const QByteArray &a, const QByteArray &b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + '&' + b;
    }

    QNetworkAccessManager &manager() { return m_manager; }

private:
    SimExchange &m_exchange;
    QNetworkAccessManager m_manager;
};

inline const QByteArray LtvDetails = "/sapi/v1/margin/loan-group/ltv-details";
inline const QByteArray Borrow = "/sapi/v1/margin/loan-group/borrow";
inline const QByteArray Repay = "/sapi/v1/margin/loan-group/repay";
inline const QByteArray Records = "/sapi/v1/margin/loan-group/borrow-repay";

inline Scenario calmScenario() {
    QString error;
    const std::optional<Scenario> s = Scenario::load(QStringLiteral("calm"), &error);
    if (!s)
        qFatal("cannot load calm scenario: %s", qPrintable(error));
    return *s;
}

} // namespace loandesk::sim::test
