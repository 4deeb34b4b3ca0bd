#include "exchange/responseclassifier.h"

#include <QtTest>

using namespace loandesk;
using Kind = ExchangeError::Kind;

Q_DECLARE_METATYPE(ExchangeError::Kind)

namespace {

const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1750000000000, Qt::UTC);

QByteArray exchangeBody(int code, const char *msg) {
    return QStringLiteral("{\"code\":%1,\"msg\":\"%2\"}")
        .arg(code)
        .arg(QLatin1String(msg))
        .toUtf8();
}

const QByteArray HtmlPage =
    QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                      "<body><center><h1>502 Bad Gateway</h1></center></body></html>\n");

} // namespace

class tst_ErrorClassifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void successKeepsJson();
    void emptySuccessIsUndefined();
    void scalarTopLevel();
};

void tst_ErrorClassifier::classify_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArrayList>("headers"); // "Name: value"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QNetworkReply::NetworkError>("netError");
    QTest::addColumn<bool>("post");
    QTest::addColumn<bool>("deadline");
    QTest::addColumn<bool>("tooLarge");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("unknown");
    QTest::addColumn<QString>("message"); // substring of ExchangeError::message
    QTest::addColumn<int>("retryAfterS"); // -1: none

    const auto none = QNetworkReply::NoError;
    const QByteArrayList noHeaders;
    auto row = [&](const char *name, int status, QByteArray body, bool post, Kind kind, int code,
                   bool unknown, const char *message) {
        QTest::newRow(name) << status << noHeaders << body << none << post << false << false << kind
                            << code << unknown << QString::fromUtf8(message) << -1;
    };

    // Exchange error bodies: the code decides the kind; the message is carried as is.
    row("-1021 GET", 400,
        exchangeBody(-1021, "Timestamp for this request is outside of the recvWindow."), false,
        Kind::Clock, -1021, false, "outside of the recvWindow");
    row("-1021 POST is known not executed", 400,
        exchangeBody(-1021, "Timestamp for this request was 1000ms ahead of the server's time."),
        true, Kind::Clock, -1021, false, "ahead");
    row("-1022", 400, exchangeBody(-1022, "Signature for this request is not valid."), false,
        Kind::Signature, -1022, false, "Signature");
    row("-2014", 401, exchangeBody(-2014, "API-key format invalid."), false, Kind::Auth, -2014,
        false, "API-key format");
    row("-2015", 401, exchangeBody(-2015, "Invalid API-key, IP, or permissions for action."), true,
        Kind::Auth, -2015, false, "Invalid API-key");
    row("-1002", 401, exchangeBody(-1002, "You are not authorized to execute this request."), false,
        Kind::Auth, -1002, false, "not authorized");
    row("-1000 POST unknown", 400,
        exchangeBody(-1000, "Unknown error, please check your request or try again later."), true,
        Kind::Server, -1000, true, "Unknown error");
    row("-1000 GET", 400,
        exchangeBody(-1000, "An unknown error occurred while processing the request."), false,
        Kind::Server, -1000, false, "unknown error");
    row("-1001 POST not executed", 400,
        exchangeBody(-1001, "Internal error; unable to process your request. Please try again."),
        true, Kind::Server, -1001, false, "Internal error");
    row("-1004", 400, exchangeBody(-1004, "Server is busy, please wait and try again"), true,
        Kind::Server, -1004, false, "busy");
    row("-1006 POST unknown", 400, exchangeBody(-1006, "Unexpected response."), true, Kind::Server,
        -1006, true, "Unexpected");
    row("-1007 POST unknown", 408,
        exchangeBody(-1007, "Timeout waiting for response from backend server."), true,
        Kind::Server, -1007, true, "Timeout");
    row("-1000 in a 500 POST", 500, exchangeBody(-1000, "An unknown error occurred."), true,
        Kind::Server, -1000, true, "unknown");
    row("-27009 business", 400,
        exchangeBody(-27009, "Borrow exceeds max allowed: max for USDT is 100, requested 200"),
        true, Kind::Business, -27009, false, "max for USDT is 100");
    row("-27020 business", 400, exchangeBody(-27020, "LTV too high"), true, Kind::Business, -27020,
        false, "LTV too high");
    row("-1102 business", 400,
        exchangeBody(-1102,
                     "Mandatory parameter 'type' was not sent, was empty/null, or malformed."),
        false, Kind::Business, -1102, false, "'type'");
    row("error object in a 200", 200, exchangeBody(-1021, "Timestamp outside recvWindow"), false,
        Kind::Clock, -1021, false, "recvWindow");
    row("business error in a 5xx POST", 503, exchangeBody(-27023, "Borrow failed"), true,
        Kind::Business, -27023, true, "Borrow failed");

    // Bodies that are not what they should be, described precisely.
    row("502 HTML POST", 502, HtmlPage, true, Kind::Server, 0, true,
        "HTML page instead of JSON (HTTP 502)");
    row("502 HTML GET", 502, HtmlPage, false, Kind::Server, 0, false, "\"502 Bad Gateway\"");
    row("200 HTML", 200, HtmlPage, false, Kind::Parse, 0, false,
        "HTML page instead of JSON (HTTP 200)");
    row("200 HTML POST", 200, HtmlPage, true, Kind::Parse, 0, true, "HTML page instead of JSON");
    row("truncated array", 200, QByteArray("[{\"groupId\":1,\"ltv\":\"0.5\","), false, Kind::Parse,
        0, false, "truncated JSON (HTTP 200): cut off at byte 26");
    row("truncated string", 200, QByteArray("{\"maxBorrowableAmount\":\"123"), false, Kind::Parse,
        0, false, "truncated JSON");
    row("truncated literal", 200, QByteArray("{\"enableSpot\":tru"), false, Kind::Parse, 0, false,
        "truncated JSON");
    // Qt reports a trailing comma only at the end of the body; every bracket closed, so it is
    // malformed, not cut off.
    // binary garbage inside a string: Qt calls it an unterminated string, but no transfer cut
    // off leaves a control character behind
    row("control character", 200, QByteArray("{\"a\":\"x\x01}{"), false, Kind::Parse, 0, false,
        "malformed JSON (HTTP 200): control character 0x01 inside a string at byte 7 of 10");
    row("trailing comma", 200, QByteArray("[{\"a\":1},\n]"), false, Kind::Parse, 0, false,
        "malformed JSON (HTTP 200): trailing comma at byte 8 of 11 near `[{\"a\":1}, ]`");
    row("malformed", 200, QByteArray("{\"groupId\" 1, \"x\": 2}"), false, Kind::Parse, 0, false,
        "malformed JSON (HTTP 200): missing name separator at byte 12 of 21 near `{\"groupId\" 1");
    row("garbage after", 200, QByteArray("{\"a\":1}}"), false, Kind::Parse, 0, false,
        "garbage at the end");
    row("plain text", 200, QByteArray("Service Unavailable"), false, Kind::Parse, 0, false,
        "not JSON (HTTP 200): starts with `Service Unavailable`");
    row("503 empty GET", 503, QByteArray(), false, Kind::Server, 0, false, "empty body (HTTP 503)");
    row("503 empty POST", 503, QByteArray(), true, Kind::Server, 0, true, "empty body (HTTP 503)");
    row("500 JSON without code", 500, QByteArray("{\"error\":\"boom\"}"), true, Kind::Server, 0,
        true, "unexpected JSON body (HTTP 500)");
    row("404 HTML", 404, QByteArray("<html><body>Not Found</body></html>"), false, Kind::Http, 0,
        false, "HTML page instead of JSON (HTTP 404)");
    row("403 WAF empty POST", 403, QByteArray(), true, Kind::Http, 0, false,
        "empty body (HTTP 403)");

    // Rate limits, bans and redirects.
    QTest::newRow("429 -1003 Retry-After")
        << 429 << QByteArrayList{"Retry-After: 30"}
        << exchangeBody(
               -1003,
               "Too much request weight used; current limit is 12000 request weight per 1 MINUTE.")
        << none << false << false << false << Kind::RateLimited << -1003 << false
        << QStringLiteral("Too much request weight") << 30;
    QTest::newRow("429 empty body")
        << 429 << QByteArrayList{"retry-after: 12"} << QByteArray() << none << true << false
        << false << Kind::RateLimited << 0 << false << QStringLiteral("HTTP 429") << 12;
    QTest::newRow("429 without Retry-After")
        << 429 << noHeaders << QByteArray() << none << false << false << false << Kind::RateLimited
        << 0 << false << QStringLiteral("429") << 60;
    QTest::newRow("418 banned")
        << 418 << QByteArrayList{"Retry-After: 7200"}
        << exchangeBody(-1003, "Way too much request weight used; IP banned until 1750007200000.")
        << none << false << false << false << Kind::Banned << -1003 << false
        << QStringLiteral("IP banned until") << 600; // capped: see RetryAfter
    QTest::newRow("429 absurd Retry-After")
        << 429 << QByteArrayList{"Retry-After: 99999999999999999999999"} << QByteArray() << none
        << false << false << false << Kind::RateLimited << 0 << false << QStringLiteral("429")
        << 600;
    QTest::newRow("429 Retry-After as an HTTP date")
        << 429 << QByteArrayList{"Retry-After: Sun, 15 Jun 2025 15:08:20 GMT"} << QByteArray()
        << none << false << false << false << Kind::RateLimited << 0 << false
        << QStringLiteral("429") << 100;
    QTest::newRow("418 HTML") << 418 << QByteArrayList{"Retry-After: 120"} << HtmlPage << none
                              << true << false << false << Kind::Banned << 0 << false
                              << QStringLiteral("418") << 120;
    QTest::newRow("301 redirect") << 301
                                  << QByteArrayList{"Location: https://example.com/elsewhere"}
                                  << QByteArray() << none << true << false << false
                                  << Kind::Redirect << 0 << false
                                  << QStringLiteral(
                                         "redirect (HTTP 301) to https://example.com/elsewhere")
                                  << -1;
    QTest::newRow("307 redirect GET")
        << 307 << QByteArrayList{"Location: /sapi/v2/x"} << QByteArray() << none << false << false
        << false << Kind::Redirect << 0 << false << QStringLiteral("HTTP 307") << -1;

    // Transport failures.
    QTest::newRow("deadline POST")
        << 0 << noHeaders << QByteArray() << QNetworkReply::OperationCanceledError << true << true
        << false << Kind::Timeout << 0 << true << QStringLiteral("within 15000 ms") << -1;
    QTest::newRow("deadline GET after headers")
        << 200 << noHeaders << QByteArray("[{\"gro") << QNetworkReply::OperationCanceledError
        << false << true << false << Kind::Timeout << 0 << false << QStringLiteral("15000 ms")
        << -1;
    QTest::newRow("transfer stall")
        << 0 << noHeaders << QByteArray() << QNetworkReply::TimeoutError << true << false << false
        << Kind::Timeout << 0 << true << QStringLiteral("stalled") << -1;
    QTest::newRow("dropped after sending POST")
        << 0 << noHeaders << QByteArray() << QNetworkReply::RemoteHostClosedError << true << false
        << false << Kind::Network << 0 << true << QStringLiteral("connection failed") << -1;
    QTest::newRow("dropped mid-body POST")
        << 200 << noHeaders << QByteArray("{\"transactionId\":12")
        << QNetworkReply::RemoteHostClosedError << true << false << false << Kind::Network << 0
        << true << QStringLiteral("connection dropped while receiving the body (HTTP 200)") << -1;
    QTest::newRow("reset GET") << 0 << noHeaders << QByteArray()
                               << QNetworkReply::RemoteHostClosedError << false << false << false
                               << Kind::Network << 0 << false << QStringLiteral("connection") << -1;
    QTest::newRow("refused POST") << 0 << noHeaders << QByteArray()
                                  << QNetworkReply::ConnectionRefusedError << true << false << false
                                  << Kind::Network << 0 << false
                                  << QStringLiteral("could not connect") << -1;
    QTest::newRow("DNS POST") << 0 << noHeaders << QByteArray() << QNetworkReply::HostNotFoundError
                              << true << false << false << Kind::Network << 0 << false
                              << QStringLiteral("could not connect") << -1;
    QTest::newRow("TLS POST") << 0 << noHeaders << QByteArray()
                              << QNetworkReply::SslHandshakeFailedError << true << false << false
                              << Kind::Tls << 0 << false << QString() << -1;
    QTest::newRow("too large GET")
        << 200 << noHeaders << QByteArray() << QNetworkReply::OperationCanceledError << false
        << false << true << Kind::Parse << 0 << false
        << QStringLiteral("response too large (over 8388608 bytes)") << -1;
    QTest::newRow("too large POST")
        << 200 << noHeaders << QByteArray() << QNetworkReply::OperationCanceledError << true
        << false << true << Kind::Parse << 0 << true << QStringLiteral("response too large") << -1;
}

void tst_ErrorClassifier::classify() {
    QFETCH(int, status);
    QFETCH(QByteArrayList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QNetworkReply::NetworkError, netError);
    QFETCH(bool, post);
    QFETCH(bool, deadline);
    QFETCH(bool, tooLarge);
    QFETCH(Kind, kind);
    QFETCH(int, code);
    QFETCH(bool, unknown);
    QFETCH(QString, message);
    QFETCH(int, retryAfterS);

    HttpResponse r;
    r.httpStatus = status;
    for (const QByteArray &h : headers) {
        const qsizetype colon = h.indexOf(':');
        r.headers.append({h.left(colon), h.mid(colon + 1).trimmed()});
    }
    r.body = body;
    r.networkError = netError;
    r.networkErrorString = QStringLiteral("Qt says %1").arg(int(netError));
    r.isPost = post;
    r.deadlineHit = deadline;
    r.tooLarge = tooLarge;
    r.deadlineMs = 15000;
    r.maxBodyBytes = 8 * 1024 * 1024;

    const Result<QJsonValue> result = ResponseClassifier::classify(r, Now);
    QVERIFY(!result.ok());
    const ExchangeError &e = result.error();
    QCOMPARE(exchangeErrorKindName(e.kind), exchangeErrorKindName(kind));
    QVERIFY(e.isError());
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.outcomeUnknown, unknown);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    if (retryAfterS < 0)
        QVERIFY(!e.retryAfter.isValid());
    else
        QCOMPARE(e.retryAfter, Now.addSecs(retryAfterS));
}

void tst_ErrorClassifier::successKeepsJson() {
    HttpResponse r;
    r.httpStatus = 200;
    r.body = QByteArrayLiteral(" [{\"groupId\":1}]\n");
    const Result<QJsonValue> result = ResponseClassifier::classify(r, Now);
    QVERIFY(result.ok());
    QVERIFY(result.value().isArray());
    // A non-negative code is not an exchange error (edit-member answers {"status":0}).
    r.body = QByteArrayLiteral("{\"code\":0,\"msg\":\"ok\"}");
    QVERIFY(ResponseClassifier::classify(r, Now).ok());
}

void tst_ErrorClassifier::emptySuccessIsUndefined() {
    HttpResponse r;
    r.httpStatus = 200;
    r.body = QByteArrayLiteral("  \r\n");
    const Result<QJsonValue> result = ResponseClassifier::classify(r, Now);
    QVERIFY(result.ok());
    QVERIFY(result.value().isUndefined()); // the parser decides whether nothing is an answer
}

void tst_ErrorClassifier::scalarTopLevel() {
    HttpResponse r;
    r.httpStatus = 200;
    r.body = QByteArrayLiteral("null");
    Result<QJsonValue> result = ResponseClassifier::classify(r, Now);
    QVERIFY(result.ok());
    QVERIFY(result.value().isNull());
    r.body = QByteArrayLiteral("\"12.5\"");
    result = ResponseClassifier::classify(r, Now);
    QVERIFY(result.ok());
    QCOMPARE(result.value().toString(), QStringLiteral("12.5"));
}

QTEST_GUILESS_MAIN(tst_ErrorClassifier)
#include "tst_errorclassifier.moc"
