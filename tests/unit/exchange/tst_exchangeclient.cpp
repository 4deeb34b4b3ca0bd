#include "awaitresult.h"
#include "parserexamples.h"
#include "scriptedserver.h"
#include "testhelpers.h"

#include "exchange/exchangeclient.h"
#include "exchange/requestsigner.h"
#include "exchange/serverclock.h"
#include "exchange/weighttracker.h"

#include "exchange/httptransport.h"
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace loandesk;
using Kind = ExchangeError::Kind;

namespace {

const QByteArray Secret = QByteArrayLiteral("test-secret");
const QString ApiKey = QStringLiteral("test-key");

QByteArray exchangeError(int code, const char *msg) {
    return "{\"code\":" + QByteArray::number(code) + ",\"msg\":\"" + msg + "\"}";
}

// Checks the signature the way the exchange does: over the raw bytes received.
bool signatureValid(const ReceivedRequest &r) {
    const QByteArray all = r.query + r.body;
    const qsizetype cut = all.lastIndexOf("&signature=");
    return cut > 0 && RequestSigner(Secret).hmacHex(all.left(cut)) == all.mid(cut + 11);
}

// A self-signed certificate for 127.0.0.1 (valid until 2126) and its key: a test exchange that
// speaks TLS. Not a secret: it proves nothing about anyone.
const char TestCertificate[] = "-----BEGIN CERTIFICATE-----\n"
                               "MIIBtjCCAVugAwIBAgIUS59RV16slw5+seMJeo9B+oilBqcwCgYIKoZIzj0EAwIw\n"
                               "ITEfMB0GA1UEAwwWTG9hbkRlc2sgdGVzdCBleGNoYW5nZTAgFw0yNjEyMDMwODE1\n"
                               "NDZaGA8yMTI2MTEwOTA4MTU0NlowITEfMB0GA1UEAwwWTG9hbkRlc2sgdGVzdCBl\n"
                               "eGNoYW5nZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABHUVUUbY+BzwPqDGltDE\n"
                               "NVGLcD/1jOzeaG0Y7FTncZzj2+A3UDxt9Erk7JK8mykdV+4F0LRQMgSc4EZlPi1V\n"
                               "+tGjbzBtMB0GA1UdDgQWBBRSanVdaAbNoe+Ng8YhNd4GI+sjxTAfBgNVHSMEGDAW\n"
                               "gBRSanVdaAbNoe+Ng8YhNd4GI+sjxTAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQT\n"
                               "MBGHBH8AAAGCCWxvY2FsaG9zdDAKBggqhkjOPQQDAgNJADBGAiEAkujG9v34Hv+6\n"
                               "icMvqG83AVYYjlV90Z4mbEMMYjpnseACIQDgKdY/rLSM2KBFfd0lTyJLwd9T9yNE\n"
                               "dlYj5vB2UaGdeg==\n"
                               "-----END CERTIFICATE-----\n";
const char TestKey[] = "-----BEGIN PRIVATE KEY-----\n"
                       "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgXAubviwg0Swd2EIo\n"
                       "DYNoyGzwFMNnxlG4ZhMtZ0ob5FihRANCAAR1FVFG2Pgc8D6gxpbQxDVRi3A/9Yzs\n"
                       "3mhtGOxU53Gc49vgN1A8bfRK5OySvJspHVfuBdC0UDIEnOBGZT4tVfrR\n"
                       "-----END PRIVATE KEY-----\n";

// One ltv-details poll, waited for.
Result<QList<RiskUnit>> poll(ExchangeClient &client) {
    return test::await<QList<RiskUnit>>(
        [&](QObject *context, auto callback) { client.fetchLtvDetails({}, context, callback); });
}

// The parent key's active units, waited for.
Result<QList<ActiveUnit>> activeUnits(ExchangeClient &client) {
    return test::await<QList<ActiveUnit>>(
        [&](QObject *context, auto callback) { client.fetchActiveUnits(context, callback); });
}

// A borrow of 5 USDT for unit 1, waited for.
Result<BorrowResult> borrowFive(ExchangeClient &client) {
    return test::await<BorrowResult>([&](QObject *context, auto callback) {
        client.borrow({1, QStringLiteral("USDT"), dec("5")}, context, callback);
    });
}

QSslConfiguration testTlsServer() {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(QByteArray(TestCertificate)));
    tls.setPrivateKey(QSslKey(QByteArray(TestKey), QSsl::Ec));
    return tls;
}

} // namespace

class tst_ExchangeClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signedGetOnTheWire();
    void postBodyOnTheWire();
    void callbackIsAsynchronous();
    void noCredentials();
    void deadlineIsTimeout();
    void clockErrorOnGetResyncsAndResendsOnce();
    void clockErrorOnPostIsNotResent();
    void serverErrorOnPostIsUnknownOutcome();
    void redirectIsNotFollowed();
    void tooLargeBodyIsAborted();
    void rateLimitPausesFurtherRequests();
    void deadContextGetsNoCallback();
    void destroyedClientCallsNothing();
    void pollsShareOneKeptAliveConnection();
    void getOnADroppedKeptAliveConnectionGoesOnceMore();
    void postTakesAFreshConnectionAndIsNeverResent();
    void chunkedAnswerIsRead();
    void garbledAnswerIsANetworkError();
    void tlsPeerIsVerified();
    void httpProxyIsTunnelledThrough();

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<ServerClock> m_clock;
    std::unique_ptr<WeightTracker> m_weights;
    std::unique_ptr<ExchangeClient> m_client;
};

void tst_ExchangeClient::init() {
    m_server = std::make_unique<ScriptedServer>();
    m_transport = std::make_unique<HttpTransport>();
    m_clock = std::make_unique<ServerClock>();
    m_weights = std::make_unique<WeightTracker>();
    m_client = std::make_unique<ExchangeClient>(m_transport.get(), m_clock.get(), m_weights.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setCredentials({ApiKey, Secret});
    m_client->setRequestTimeoutMs(5000);
}

void tst_ExchangeClient::cleanup() {
    m_client.reset();
    m_weights.reset();
    m_clock.reset();
    m_transport.reset();
    m_server.reset();
}

void tst_ExchangeClient::signedGetOnTheWire() {
    m_server->setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(200, examples::LtvDetails,
                                        "X-SAPI-USED-IP-WEIGHT-1M: 200\r\n");
    });
    QSignalSpy finished(m_client.get(), &ExchangeClient::requestFinished);
    const Result<QList<RiskUnit>> result = test::await<QList<RiskUnit>>(
        [&](QObject *context, auto callback) { m_client->fetchLtvDetails(7, context, callback); });
    QVERIFY(result.ok());
    QCOMPARE(result.value().at(0).totalLiability, dec("15.30718771"));

    QCOMPARE(m_server->requests().size(), 1);
    const ReceivedRequest &r = m_server->requests().at(0);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QByteArray("/sapi/v1/margin/loan-group/ltv-details"));
    QVERIFY(r.query.startsWith("groupId=7&recvWindow=5000&timestamp="));
    QCOMPARE(r.header("X-MBX-APIKEY"), ApiKey.toUtf8());
    QVERIFY(signatureValid(r));
    QVERIFY(!r.query.contains(Secret));

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(),
             QStringLiteral("/sapi/v1/margin/loan-group/ltv-details"));
    QCOMPARE(finished.at(0).at(1).toInt(), 200);
    QCOMPARE(m_weights->usage(finished.at(0).at(0).toString()).used, 200);
}

void tst_ExchangeClient::postBodyOnTheWire() {
    m_server->setScript(
        [](const ReceivedRequest &) { return ScriptedServer::response(200, examples::Repay); });
    RepayRequest request{10001, QStringLiteral("USDT"), dec("1000.5"), RepayRequest::From::Spot};
    const Result<RepayResult> result = test::await<RepayResult>(
        [&](QObject *context, auto callback) { m_client->repay(request, context, callback); });
    QVERIFY2(result.ok(), qPrintable(result.error().message));

    const ReceivedRequest &r = m_server->requests().at(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/sapi/v1/margin/loan-group/repay"));
    QVERIFY(r.query.isEmpty());
    QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(r.body.startsWith(
        "groupId=10001&assetName=USDT&amount=1000.5&repayFrom=SPOT&recvWindow=5000&timestamp="));
    QVERIFY(signatureValid(r));
}

void tst_ExchangeClient::callbackIsAsynchronous() {
    m_server->setScript(
        [](const ReceivedRequest &) { return ScriptedServer::response(200, "[]"); });
    int calls = 0;
    m_client->fetchActiveUnits(this, [&](Result<QList<ActiveUnit>>) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);
}

void tst_ExchangeClient::noCredentials() {
    m_client->setCredentials({});
    std::optional<Result<QList<RiskUnit>>> result;
    m_client->fetchLtvDetails({}, this, [&](Result<QList<RiskUnit>> r) { result = std::move(r); });
    QVERIFY(!result.has_value()); // never synchronously
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind, Kind::Auth);
    QVERIFY(m_server->requests().isEmpty());
}

void tst_ExchangeClient::deadlineIsTimeout() {
    m_server->setScript([](const ReceivedRequest &) { return QByteArray(); }); // never answers
    m_client->setRequestTimeoutMs(100);
    const Result<BorrowResult> result = borrowFive(*m_client);
    QCOMPARE(exchangeErrorKindName(result.error().kind), QStringLiteral("timeout"));
    QVERIFY(result.error().outcomeUnknown);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ExchangeClient::clockErrorOnGetResyncsAndResendsOnce() {
    const qint64 serverTime = QDateTime::currentMSecsSinceEpoch() + 3'600'000; // an hour ahead
    int ltvCalls = 0;
    m_server->setScript([&](const ReceivedRequest &r) {
        if (r.path == "/api/v3/time")
            return ScriptedServer::response(
                200, "{\"serverTime\":" + QByteArray::number(serverTime) + "}");
        return ++ltvCalls == 1 ? ScriptedServer::response(
                                     400, exchangeError(-1021, "Timestamp outside recvWindow"))
                               : ScriptedServer::response(200, "[]");
    });
    int calls = 0;
    std::optional<Result<QList<RiskUnit>>> result;
    m_client->fetchLtvDetails({}, this, [&](Result<QList<RiskUnit>> r) {
        ++calls;
        result = std::move(r);
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY2(result->ok(), qPrintable(result->error().message));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/api/v3/time"));
    QVERIFY(m_server->requests().at(1).header("X-MBX-APIKEY").isEmpty());
    QVERIFY(m_clock->isSynced());
    QVERIFY(qAbs(m_clock->offsetMs() - 3'600'000) < 5000);
    // The resent request carries the corrected timestamp.
    const QByteArray query = m_server->requests().at(2).query;
    const qsizetype ts = query.indexOf("timestamp=") + 10;
    QVERIFY(query.mid(ts, query.indexOf('&', ts) - ts).toLongLong() >= serverTime);

    // A second -1021 after the resync is delivered, not retried again.
    ltvCalls = 0;
    m_server->setScript([](const ReceivedRequest &r) {
        if (r.path == "/api/v3/time")
            return ScriptedServer::response(200, "{\"serverTime\":1}");
        return ScriptedServer::response(400, exchangeError(-1021, "still wrong"));
    });
    calls = 0;
    m_client->fetchLtvDetails({}, this, [&](Result<QList<RiskUnit>> r) {
        ++calls;
        result = std::move(r);
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result->error().kind, Kind::Clock);
    QCOMPARE(m_server->requests().size(), 6); // get, time, get
}

void tst_ExchangeClient::clockErrorOnPostIsNotResent() {
    m_server->setScript([](const ReceivedRequest &r) {
        if (r.path == "/api/v3/time")
            return ScriptedServer::response(200, "{\"serverTime\":1499827319559}");
        return ScriptedServer::response(400, exchangeError(-1021, "Timestamp outside recvWindow"));
    });
    const Result<BorrowResult> result = borrowFive(*m_client);
    QCOMPARE(result.error().kind, Kind::Clock);
    QVERIFY(!result.error().outcomeUnknown);
    // The clock is resynchronised for the caller's retry, but the borrow is not resent.
    QTRY_COMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/api/v3/time"));
    QTRY_VERIFY(m_clock->isSynced());
    QCOMPARE(m_server->requests().size(), 2);
}

void tst_ExchangeClient::serverErrorOnPostIsUnknownOutcome() {
    m_server->setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(502, "<html><title>502 Bad Gateway</title></html>");
    });
    const Result<BorrowResult> result = borrowFive(*m_client);
    QCOMPARE(result.error().kind, Kind::Server);
    QVERIFY(result.error().outcomeUnknown);
    QVERIFY(result.error().message.startsWith(u"HTML page instead of JSON (HTTP 502)"));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ExchangeClient::redirectIsNotFollowed() {
    m_server->setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(302, {}, "Location: /elsewhere\r\n");
    });
    Result<QList<ActiveUnit>> result = activeUnits(*m_client);
    QCOMPARE(result.error().kind, Kind::Redirect);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ExchangeClient::tooLargeBodyIsAborted() {
    m_client->setMaxResponseBytes(1024);
    m_server->setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(200, "[" + QByteArray(4096, ' ') + "]");
    });
    Result<QList<ActiveUnit>> result = activeUnits(*m_client);
    QCOMPARE(result.error().kind, Kind::Parse);
    QVERIFY(result.error().message.contains(u"response too large"));
}

void tst_ExchangeClient::rateLimitPausesFurtherRequests() {
    m_server->setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(429, exchangeError(-1003, "Too much request weight used"),
                                        "Retry-After: 30\r\n");
    });
    Result<QList<ActiveUnit>> result = activeUnits(*m_client);
    QCOMPARE(result.error().kind, Kind::RateLimited);
    result = activeUnits(*m_client);
    QCOMPARE(result.error().kind, Kind::RateLimited);
    QVERIFY(result.error().message.contains(u"not sent"));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_ExchangeClient::deadContextGetsNoCallback() {
    m_server->setScript(
        [](const ReceivedRequest &) { return ScriptedServer::response(200, "[]"); });
    QSignalSpy finished(m_client.get(), &ExchangeClient::requestFinished);
    int calls = 0;
    auto context = std::make_unique<QObject>();
    m_client->fetchActiveUnits(context.get(), [&](Result<QList<ActiveUnit>>) { ++calls; });
    context.reset();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(calls, 0);
}

void tst_ExchangeClient::destroyedClientCallsNothing() {
    m_server->setScript([](const ReceivedRequest &) { return QByteArray(); });
    int calls = 0;
    m_client->fetchActiveUnits(this, [&](Result<QList<ActiveUnit>>) { ++calls; });
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_client.reset();
    QCoreApplication::processEvents(); // let the aborted reply's events run: still no callback
    QCOMPARE(calls, 0);
}

void tst_ExchangeClient::pollsShareOneKeptAliveConnection() {
    m_server->setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(200, examples::LtvDetails);
    });
    for (int i = 0; i < 3; ++i) {
        const Result<QList<RiskUnit>> result = poll(*m_client);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
    }
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->connectionCount(), 1); // no handshake per poll
}

void tst_ExchangeClient::getOnADroppedKeptAliveConnectionGoesOnceMore() {
    // The server closes its side of an idle connection just as the next poll goes out on it.
    m_server->setScript([this](const ReceivedRequest &) {
        return m_server->requests().size() == 2
                   ? ScriptedServer::Close
                   : ScriptedServer::response(200, examples::LtvDetails);
    });
    Result<QList<RiskUnit>> result = poll(*m_client);
    result = poll(*m_client);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(2).connection, 2);

    // Dropped again on the fresh connection: reported, not sent a third time.
    m_server->setScript([](const ReceivedRequest &) { return ScriptedServer::Close; });
    result = poll(*m_client);
    QCOMPARE(result.error().kind, Kind::Network);
    QCOMPARE(m_server->requests().size(), 5);
}

void tst_ExchangeClient::postTakesAFreshConnectionAndIsNeverResent() {
    m_server->setScript([](const ReceivedRequest &r) {
        return r.method == "POST" ? ScriptedServer::Close
                                  : ScriptedServer::response(200, examples::LtvDetails);
    });
    QVERIFY(poll(*m_client).ok()); // a kept-alive connection to the exchange exists
    const Result<BorrowResult> result = borrowFive(*m_client);
    QCOMPARE(result.error().kind, Kind::Network);
    QVERIFY(result.error().outcomeUnknown); // it reached the exchange; only records can tell
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
    QCOMPARE(m_server->requests().at(1).connection, 2);
}

void tst_ExchangeClient::chunkedAnswerIsRead() {
    m_server->setScript([](const ReceivedRequest &) -> QByteArray {
        const QByteArray body = examples::LtvDetails;
        const qsizetype half = body.size() / 2;
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
               "Transfer-Encoding: chunked\r\n\r\n" +
               QByteArray::number(half, 16) + "\r\n" + body.left(half) + "\r\n" +
               QByteArray::number(body.size() - half, 16) + "\r\n" + body.mid(half) +
               "\r\n0\r\n\r\n";
    });
    Result<QList<RiskUnit>> result = poll(*m_client);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().at(0).totalLiability, dec("15.30718771"));
}

void tst_ExchangeClient::garbledAnswerIsANetworkError() {
    m_server->setScript([](const ReceivedRequest &) {
        return QByteArray("<html><body>upstream reset</body></html>\r\n");
    });
    Result<QList<RiskUnit>> result = poll(*m_client);
    QCOMPARE(result.error().kind, Kind::Network);
    QVERIFY2(result.error().message.contains(u"not an HTTP response"),
             qPrintable(result.error().message));
}

void tst_ExchangeClient::tlsPeerIsVerified() {
    ScriptedServer exchange(testTlsServer());
    exchange.setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(200, examples::LtvDetails);
    });
    m_client->setBaseUrl(exchange.url());
    QCOMPARE(exchange.url().scheme(), QStringLiteral("https"));

    // A certificate nobody vouches for: the handshake fails and nothing is sent.
    Result<QList<RiskUnit>> result = poll(*m_client);
    QCOMPARE(result.error().kind, Kind::Tls);
    QVERIFY(exchange.requests().isEmpty());

    // Once its issuer is trusted, polls go over TLS on one kept-alive connection.
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificate(QSslCertificate(QByteArray(TestCertificate)));
    QSslConfiguration::setDefaultConfiguration(trusting);
    for (int i = 0; i < 2; ++i) {
        result = poll(*m_client);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
    }
    QSslConfiguration::setDefaultConfiguration(before);
    QCOMPARE(exchange.requests().size(), 2);
    QCOMPARE(exchange.requests().at(1).connection, exchange.requests().at(0).connection);
    QVERIFY(signatureValid(exchange.requests().at(1)));
}

// An HTTP proxy as a corporate network has one: CONNECT host:port, then bytes both ways.
void tst_ExchangeClient::httpProxyIsTunnelledThrough() {
    m_server->setScript([](const ReceivedRequest &) {
        return ScriptedServer::response(200, examples::LtvDetails);
    });
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QList<QByteArray> tunnels;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *client = proxy.nextPendingConnection()) {
            client->setParent(&proxy);
            auto *upstream = new QTcpSocket(client);
            auto head = std::make_shared<QByteArray>();
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::readyRead, client, [&, client, upstream, head] {
                if (upstream->state() != QAbstractSocket::UnconnectedState) {
                    upstream->write(client->readAll());
                    return;
                }
                *head += client->readAll();
                const qsizetype end = head->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                tunnels.append(head->left(head->indexOf("\r\n")));
                const QByteArray rest = head->mid(end + 4);
                const QList<QByteArray> target = head->split(' ').value(1).split(':');
                upstream->connectToHost(QString::fromLatin1(target.value(0)),
                                        quint16(target.value(1).toUInt()));
                connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                    client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                    if (!rest.isEmpty())
                        upstream->write(rest);
                });
            });
        }
    });
    HttpTransport transport;
    transport.setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
    ExchangeClient client(&transport, m_clock.get(), m_weights.get());
    client.setBaseUrl(m_server->url());
    client.setCredentials({ApiKey, Secret});
    for (int i = 0; i < 2; ++i) {
        const Result<QList<RiskUnit>> result = poll(client);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
    }
    QCOMPARE(tunnels.size(), 1); // one tunnel, kept alive for the second poll
    QCOMPARE(tunnels.first(),
             "CONNECT 127.0.0.1:" + QByteArray::number(m_server->url().port()) + " HTTP/1.1");
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(signatureValid(m_server->requests().at(1)));
}

QTEST_GUILESS_MAIN(tst_ExchangeClient)
#include "tst_exchangeclient.moc"
