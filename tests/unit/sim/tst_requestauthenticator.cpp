#include "sim/requestauthenticator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QTcpSocket>

using namespace loandesk;
using namespace loandesk::sim;
using namespace loandesk::sim::test;

class tst_RequestAuthenticator : public QObject {
    Q_OBJECT

public:
    tst_RequestAuthenticator()
        : m_exchange(calmScenario(), 1)
        , m_client(m_exchange) {}

private:
    ApiCredentials parent() const { return m_exchange.parentCredentials(); }
    ApiCredentials alpha() const { return m_exchange.creditCredentials(10001); }

    // One request over a plain socket, byte for byte, so no URL class can normalise it.
    QByteArray rawExchange(const QByteArray &request) {
        QTcpSocket socket;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, m_exchange.port());
        socket.write(request);
        // The request says "Connection: close", so the server closes after its response.
        closed.wait(5000);
        return socket.readAll();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_exchange.listen()); }
    void init() { m_exchange.resetRateLimits(); }

    void documentedVectors() {
        // API notes 6.2: the documented key pair and the mixed query + body example.
        const QByteArray secret =
            "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        SimRequest request;
        request.rawQuery = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC";
        request.body = "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature="
                       "0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77";
        QVERIFY(!RequestAuthenticator::checkSignature(request, secret));
        request.rawQuery = "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side="
                           "BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&"
                           "timestamp=1499827319559&signature="
                           "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3";
        request.body.clear();
        QVERIFY(!RequestAuthenticator::checkSignature(request, secret));
        request.rawQuery = "subEmail=collateral001%40test.com&asset=USDT&amount=5&timestamp="
                           "1499827319559&signature="
                           "24E9E5D31B56953C63BC23655685F911268793EB7AC273112462D3077049D65C";
        QVERIFY(!RequestAuthenticator::checkSignature(request, secret));
        request.rawQuery.replace("%40", "@");
        QCOMPARE(RequestAuthenticator::checkSignature(request, secret)->code, -1022);
    }

    void signedRequestIsAccepted() {
        const auto r = m_client.get(LtvDetails, parent());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().array().size(), 2);
    }

    void unknownOrMissingKey() {
        ApiCredentials wrong{QStringLiteral("nope"), alpha().secret};
        auto r = m_client.get(LtvDetails, wrong);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), -2015);
        r = m_client.get(LtvDetails, ApiCredentials{QString(), alpha().secret});
        QCOMPARE(r.code(), -2014);
    }

    void badSignature() {
        ApiCredentials forged{parent().apiKey, "not the secret"};
        const auto r = m_client.get(LtvDetails, forged);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), -1022);
        QCOMPARE(r.msg(), QStringLiteral("Signature for this request is not valid."));
        // Without any signature the parameter is missing.
        const auto unsigned_ = m_client.sendRaw("GET", LtvDetails + '?' + m_client.timestamp(),
                                                parent().apiKey.toUtf8());
        QCOMPARE(unsigned_.code(), -1102);
    }

    void signatureHexIsCaseInsensitive() {
        const QByteArray query = m_client.timestamp();
        const QByteArray sig = SimTestClient::sign(query, parent().secret).toUpper();
        const auto r = m_client.sendRaw("GET", LtvDetails + '?' + query + "&signature=" + sig,
                                        parent().apiKey.toUtf8());
        QCOMPARE(r.status, 200);
    }

    void percentEncodedPayloadIsVerifiedAsSent_data() {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("email") << QByteArray("subEmail=collateral.alpha3%40loandesk.test")
                               << QByteArray("subEmail=collateral.alpha3@loandesk.test");
        QTest::newRow("non-ascii") << QByteArray("memo=%EF%BC%91%EF%BC%92%EF%BC%93")
                                   << QString::fromUtf8("memo=１２３").toUtf8();
    }
    void percentEncodedPayloadIsVerifiedAsSent() {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        const QByteArray rest = "&asset=USDC&amount=1&" + m_client.timestamp();
        const QByteArray path = "/sapi/v1/margin/loan-group/transfer-out";
        auto r = m_client.send("POST", path, encoded + rest, parent());
        QCOMPARE(r.status, QTest::currentDataTag() == QByteArray("email") ? 200 : 400);
        if (r.status == 400) // memo row: no subEmail, so the parent key gets -27026
            QCOMPARE(r.code(), -27026);
        // Signed over the un-encoded form, sent encoded: rejected (2026-01-15 rule).
        const QByteArray sent = encoded + rest;
        const QByteArray sig = SimTestClient::sign(decoded + rest, parent().secret);
        r = m_client.sendRaw("POST", path + '?' + sent + "&signature=" + sig,
                             parent().apiKey.toUtf8());
        QCOMPARE(r.code(), -1022);
    }

    void rawBytesAreNotNormalised() {
        // QUrl would turn "%7e%41" into "~A"; the exchange signs what was sent.
        const QByteArray query = "memo=%7e%41&" + m_client.timestamp();
        auto request = [&](const QByteArray &signedPart) -> QByteArray {
            return "GET " + LtvDetails + '?' + query +
                   "&signature=" + SimTestClient::sign(signedPart, parent().secret) +
                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-MBX-APIKEY: " + parent().apiKey.toUtf8() +
                   "\r\nConnection: close\r\n\r\n";
        };
        QByteArray response = rawExchange(request(query));
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
        QByteArray normalised = query;
        normalised.replace("%7e%41", "~A");
        response = rawExchange(request(normalised));
        QVERIFY2(response.contains("-1022"), response.constData());
    }

    void signatureOverQueryAndBody() {
        // Query and body are concatenated without a separator; signature last, in the body.
        const QByteArray query = "groupId=10001&assetName=USDT";
        const QByteArray body = "amount=10&" + m_client.timestamp();
        const QByteArray sig = SimTestClient::sign(query + body, alpha().secret);
        const auto r = m_client.sendRaw("POST", Borrow + '?' + query, alpha().apiKey.toUtf8(),
                                        body + "&signature=" + sig);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("success"));
        QVERIFY(r.json()[QStringLiteral("transactionId")].isDouble()); // a JSON number
    }

    void timestampWindow() {
        auto r = m_client.send("GET", LtvDetails, m_client.timestamp(2000), parent());
        QCOMPARE(r.code(), -1021);
        QCOMPARE(r.msg(), QStringLiteral("Timestamp for this request was 1000ms ahead of the "
                                         "server's time."));
        r = m_client.send("GET", LtvDetails, m_client.timestamp(-6000), parent());
        QCOMPARE(r.code(), -1021);
        QCOMPARE(r.msg(),
                 QStringLiteral("Timestamp for this request is outside of the recvWindow."));
        r = m_client.send("GET", LtvDetails, "recvWindow=10000&" + m_client.timestamp(-6000),
                          parent());
        QCOMPARE(r.status, 200);
        r = m_client.send("GET", LtvDetails, "recvWindow=60001&" + m_client.timestamp(), parent());
        QCOMPARE(r.code(), -1131);
        r = m_client.send("GET", LtvDetails, "groupId=10001", parent());
        QCOMPARE(r.code(), -1102);
        QVERIFY(r.msg().contains(u"'timestamp'"));
    }

    void mandatoryAndMalformedParameters() {
        auto r = m_client.post(Borrow, alpha(), "groupId=10001&assetName=USDT");
        QCOMPARE(r.code(), -1102);
        QCOMPARE(r.msg(), QStringLiteral("Mandatory parameter 'amount' was not sent, was "
                                         "empty/null, or malformed."));
        r = m_client.post(Borrow, alpha(), "groupId=abc&assetName=USDT&amount=1");
        QCOMPARE(r.code(), -1100);
        r = m_client.get(Records, alpha(), "type=BOTH");
        QCOMPARE(r.code(), -1130);
        r = m_client.get(Records, alpha());
        QCOMPARE(r.code(), -1102);
    }

    void keyScopes() {
        auto r = m_client.post(Borrow, parent(), "groupId=10001&assetName=USDT&amount=1");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), -1002);
        r = m_client.get("/sapi/v1/margin/loan-groups/activated", alpha());
        QCOMPARE(r.code(), -1002);
        r = m_client.get("/sapi/v1/margin/loan-groups/activated", parent());
        QCOMPARE(r.json().array().size(), 2);
        // A credit key sees its own unit only; a groupId narrows a parent key's view.
        r = m_client.get(LtvDetails, alpha());
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0)[QStringLiteral("groupId")].toInteger(), 10001);
        r = m_client.get(LtvDetails, alpha(), "groupId=10002");
        QCOMPARE(r.json().array().size(), 0);
        r = m_client.get(LtvDetails, parent(), "groupId=10002");
        QCOMPARE(r.json().array().size(), 1);
        // A credit key cannot borrow for another unit.
        r = m_client.post(Borrow, alpha(), "groupId=10002&assetName=USDC&amount=1");
        QCOMPARE(r.code(), -27010);
        // max-borrowable: parent needs groupId.
        r = m_client.get("/sapi/v1/margin/loan-group/max-borrowable", parent(), "assetName=usdt");
        QCOMPARE(r.code(), -1102);
        r = m_client.get("/sapi/v1/margin/loan-group/max-borrowable", parent(),
                         "groupId=10002&assetName=usdc");
        QCOMPARE(r.json()[QStringLiteral("maxBorrowableAmount")].toString(),
                 m_exchange.engine().maxBorrowable(10002).toString(8));
    }

    void unknownPathIs404() {
        const auto r = m_client.get("/sapi/v1/margin/nothing-here", parent());
        QCOMPARE(r.status, 404);
        QVERIFY(r.code() < 0);
    }

private:
    SimExchange m_exchange;
    SimTestClient m_client;
};

QTEST_GUILESS_MAIN(tst_RequestAuthenticator)
#include "tst_requestauthenticator.moc"
