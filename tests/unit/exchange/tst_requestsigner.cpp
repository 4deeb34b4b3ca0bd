#include "exchange/requestsigner.h"

#include <QNetworkRequest>
#include <QtTest>

using namespace loandesk;

namespace {

// The documented key pair of API doc 6.2.
const QByteArray Secret =
    QByteArrayLiteral("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
constexpr qint64 Timestamp = 1499827319559;

// Test rows list parameters as alternating names and values.
RequestSigner::Params params(const QStringList &flat) {
    RequestSigner::Params out;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        out.append({flat.at(i), flat.at(i + 1)});
    return out;
}

} // namespace

class tst_RequestSigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentEncode_data();
    void percentEncode();
    void documentedVectors_data();
    void documentedVectors();
    void wireBytesAreSignedBytes_data();
    void wireBytesAreSignedBytes();
    void recvWindowOmittedWhenZero();
    void basePathIsKept();
};

void tst_RequestSigner::percentEncode_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("email") << QStringLiteral("collateral001@test.com")
                           << QByteArray("collateral001%40test.com");
    QTest::newRow("delimiters") << QStringLiteral("a b+c=d&e/f?g#h%")
                                << QByteArray("a%20b%2Bc%3Dd%26e%2Ff%3Fg%23h%25");
    QTest::newRow("latin-1") << QStringLiteral("é") << QByteArray("%C3%A9");
    QTest::newRow("fullwidth digits")
        << QStringLiteral("１２３４５６")
        << QByteArray("%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96");
    QTest::newRow("decimal") << QStringLiteral("0.1") << QByteArray("0.1");
    QTest::newRow("empty") << QString() << QByteArray();
}

void tst_RequestSigner::percentEncode() {
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(RequestSigner::percentEncode(text), encoded);
}

void tst_RequestSigner::documentedVectors_data() {
    QTest::addColumn<QStringList>("query"); // parameters that stay in the query string
    QTest::addColumn<QStringList>("body");  // parameters in a POST body (empty: a GET)
    QTest::addColumn<bool>("post");
    QTest::addColumn<int>("recvWindow");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("signature");

    const QStringList order = {
        QStringLiteral("symbol"),      QStringLiteral("LTCBTC"), QStringLiteral("side"),
        QStringLiteral("BUY"),         QStringLiteral("type"),   QStringLiteral("LIMIT"),
        QStringLiteral("timeInForce"), QStringLiteral("GTC"),    QStringLiteral("quantity"),
        QStringLiteral("1"),           QStringLiteral("price"),  QStringLiteral("0.1")};
    QTest::newRow("order, query [DOC]")
        << order << QStringList() << false << 5000
        << QByteArray("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
                      "&recvWindow=5000&timestamp=1499827319559")
        << QByteArray("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    QTest::newRow("order, body [DOC]")
        << QStringList() << order << true << 5000
        << QByteArray("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
                      "&recvWindow=5000&timestamp=1499827319559")
        << QByteArray("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");

    QStringList nonAscii = order;
    nonAscii[1] = QStringLiteral("１２３４５６");
    QTest::newRow("non-ASCII symbol [DOC]")
        << nonAscii << QStringList() << false << 5000
        << QByteArray("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY"
                      "&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
                      "&timestamp=1499827319559")
        << QByteArray("e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3");

    QTest::newRow("mixed query + body [DOC]")
        << order.mid(0, 8) << order.mid(8) << true << 5000
        << QByteArray("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC"
                      "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559")
        << QByteArray("0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77");

    QTest::newRow("borrow body")
        << QStringList() << QStringList{QStringLiteral("groupId"),   QStringLiteral("10001"),
                                        QStringLiteral("assetName"), QStringLiteral("USDT"),
                                        QStringLiteral("amount"),    QStringLiteral("1000")}
        << true << 5000
        << QByteArray("groupId=10001&assetName=USDT&amount=1000&recvWindow=5000"
                      "&timestamp=1499827319559")
        << QByteArray("c270f9aea0a8925555dbc5213db6f1c24b4e5031e0333417e1d1c1ce3db2ee47");

    QTest::newRow("ltv-details query")
        << QStringList{QStringLiteral("groupId"), QStringLiteral("1")} << QStringList() << false
        << 5000 << QByteArray("groupId=1&recvWindow=5000&timestamp=1499827319559")
        << QByteArray("794476cf28d2faf9055d381669df70130db3fe35baacd3cbf34efa87ce052761");

    QTest::newRow("email %40, no recvWindow")
        << QStringList()
        << QStringList{QStringLiteral("subEmail"), QStringLiteral("collateral001@test.com"),
                       QStringLiteral("asset"),    QStringLiteral("USDT"),
                       QStringLiteral("amount"),   QStringLiteral("5")}
        << true << 0
        << QByteArray("subEmail=collateral001%40test.com&asset=USDT&amount=5"
                      "&timestamp=1499827319559")
        << QByteArray("24e9e5d31b56953c63bc23655685f911268793eb7ac273112462d3077049d65c");
}

void tst_RequestSigner::documentedVectors() {
    QFETCH(QStringList, query);
    QFETCH(QStringList, body);
    QFETCH(bool, post);
    QFETCH(int, recvWindow);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, signature);

    const RequestSigner signer(Secret);
    QCOMPARE(signer.hmacHex(payload), signature);

    const RequestSigner::Signed s =
        post ? signer.signBody(params(query), params(body), Timestamp, recvWindow)
             : signer.signQuery(params(query), Timestamp, recvWindow);
    QCOMPARE(s.payload, payload);
    QCOMPARE(s.signature, signature);
    // `signature` is the last parameter, after exactly the signed bytes.
    if (post) {
        QCOMPARE(s.query + s.body, payload + "&signature=" + signature);
        QVERIFY(s.body.endsWith(QByteArray("&signature=" + signature)));
    } else {
        QCOMPARE(s.query, payload + "&signature=" + signature);
        QVERIFY(s.body.isEmpty());
    }
}

void tst_RequestSigner::wireBytesAreSignedBytes_data() {
    QTest::addColumn<QStringList>("query");
    QTest::addColumn<int>("recvWindow");
    QTest::newRow("email") << QStringList{QStringLiteral("subEmail"),
                                          QStringLiteral("collateral001@test.com"),
                                          QStringLiteral("asset"), QStringLiteral("USDT")}
                           << 5000;
    QTest::newRow("non-ASCII") << QStringList{QStringLiteral("symbol"),
                                              QStringLiteral("１２３４５６")}
                               << 5000;
    // Characters QUrl likes to normalise: reserved delimiters, a literal '%', '~', space.
    QTest::newRow("delimiters") << QStringList{QStringLiteral("note"),
                                               QStringLiteral(
                                                   "a+b=c&d/e?f#g%h~i j[k]l!m$n'o(p)q*r,s;t:u")}
                                << 0;
}

void tst_RequestSigner::wireBytesAreSignedBytes() {
    QFETCH(QStringList, query);
    QFETCH(int, recvWindow);
    const RequestSigner signer(Secret);
    const RequestSigner::Signed s = signer.signQuery(params(query), Timestamp, recvWindow);
    const QUrl url =
        RequestSigner::buildUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                QStringLiteral("/sapi/v1/margin/loan-group/x"), s.query);
    QVERIFY(url.isValid());
    QCOMPARE(url.toEncoded(), "http://127.0.0.1:8080/sapi/v1/margin/loan-group/x?" + s.query);
    QCOMPARE(url.query(QUrl::FullyEncoded).toUtf8(), s.query);
    // What QNetworkAccessManager writes in the request line.
    const QNetworkRequest request(url);
    QCOMPARE(request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority),
             "/sapi/v1/margin/loan-group/x?" + s.query);
    // And the signature on the wire verifies over the bytes before it.
    const QByteArray wire = url.query(QUrl::FullyEncoded).toUtf8();
    const qsizetype cut = wire.lastIndexOf("&signature=");
    QVERIFY(cut > 0);
    QCOMPARE(signer.hmacHex(wire.left(cut)), wire.mid(cut + 11));
}

void tst_RequestSigner::recvWindowOmittedWhenZero() {
    const RequestSigner signer(Secret);
    QCOMPARE(signer.signQuery({}, Timestamp, 0).payload, QByteArray("timestamp=1499827319559"));
    QCOMPARE(signer.signQuery({}, Timestamp).payload,
             QByteArray("recvWindow=5000&timestamp=1499827319559"));
}

void tst_RequestSigner::basePathIsKept() {
    const QUrl url = RequestSigner::buildUrl(QUrl(QStringLiteral("http://localhost:9/prefix/")),
                                             QStringLiteral("/api/v3/time"), QByteArray());
    QCOMPARE(url.toEncoded(), QByteArray("http://localhost:9/prefix/api/v3/time"));
}

QTEST_GUILESS_MAIN(tst_RequestSigner)
#include "tst_requestsigner.moc"
