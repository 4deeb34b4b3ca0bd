#include "exchange/httpresponseparser.h"

#include <QtTest>

using namespace loandesk;

namespace {

// Feeds `bytes` in pieces of `step` bytes, as a socket may deliver them.
HttpResponseParser parsed(const QByteArray &bytes, qsizetype step, qsizetype *consumed = nullptr) {
    HttpResponseParser p;
    qsizetype used = 0;
    for (qsizetype i = 0; i < bytes.size() && !p.isDone() && !p.hasFailed(); i += step)
        used += p.feed(QByteArrayView(bytes).sliced(i, qMin(step, bytes.size() - i)));
    if (consumed)
        *consumed = used;
    return p;
}

} // namespace

class tst_HttpResponseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contentLengthInAnyPieces_data();
    void contentLengthInAnyPieces();
    void chunkedBody();
    void bodyUntilClose();
    void interimResponseIsSkipped();
    void connectionCloseAndHttp10AreNotKeptAlive();
    void noBodyFor204();
    void truncatedBodyFails();
    void htmlWithoutStatusLineFails();
    void malformedFramingFails_data();
    void malformedFramingFails();
    void endlessHeaderFails();
};

void tst_HttpResponseParser::contentLengthInAnyPieces_data() {
    QTest::addColumn<qsizetype>("step");
    QTest::newRow("byte by byte") << qsizetype(1);
    QTest::newRow("7 bytes") << qsizetype(7);
    QTest::newRow("all at once") << qsizetype(1 << 20);
}

void tst_HttpResponseParser::contentLengthInAnyPieces() {
    QFETCH(qsizetype, step);
    const QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "x-mbx-used-weight-1m: 200\r\nContent-Length: 13\r\n\r\n"
                            "{\"ltv\":\"0.5\"}";
    qsizetype used = 0;
    HttpResponseParser p = parsed(wire + "HTTP/1.1 200", step, &used);
    QVERIFY(p.isDone());
    QCOMPARE(p.status(), 200);
    QCOMPARE(p.declaredLength(), 13);
    QCOMPARE(p.takeBody(), QByteArray("{\"ltv\":\"0.5\"}"));
    QCOMPARE(p.headers().size(), 3);
    QCOMPARE(p.headers().at(1).first, QByteArray("x-mbx-used-weight-1m"));
    QCOMPARE(p.headers().at(1).second, QByteArray("200"));
    QVERIFY(p.keepsAlive());
    QCOMPARE(used, wire.size()); // the next response's bytes are not taken
}

void tst_HttpResponseParser::chunkedBody() {
    const QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5;name=x\r\nhello\r\n"
                            "B\r\n, exchange!\r\n"
                            "0\r\nX-Trailer: 1\r\n\r\n";
    for (qsizetype step : {1, 3, 1000}) {
        HttpResponseParser p = parsed(wire, step);
        QVERIFY2(p.isDone(), qPrintable(p.failure()));
        QCOMPARE(p.takeBody(), QByteArray("hello, exchange!"));
        QCOMPARE(p.declaredLength(), -1);
        QVERIFY(p.keepsAlive());
    }
}

void tst_HttpResponseParser::bodyUntilClose() {
    HttpResponseParser p = parsed("HTTP/1.1 200 OK\r\n\r\n[1,2", 4);
    QVERIFY(!p.isDone());
    p.feed("]");
    p.finishAtClose();
    QVERIFY(p.isDone());
    QCOMPARE(p.takeBody(), QByteArray("[1,2]"));
    QVERIFY(!p.keepsAlive()); // its end was the close
}

void tst_HttpResponseParser::interimResponseIsSkipped() {
    HttpResponseParser p = parsed(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}", 5);
    QVERIFY(p.isDone());
    QCOMPARE(p.status(), 201);
    QCOMPARE(p.takeBody(), QByteArray("{}"));
}

void tst_HttpResponseParser::connectionCloseAndHttp10AreNotKeptAlive() {
    HttpResponseParser close =
        parsed("HTTP/1.1 200 OK\r\nConnection: keep-alive, close\r\nContent-Length: 0\r\n\r\n", 9);
    QVERIFY(close.isDone());
    QVERIFY(!close.keepsAlive());
    HttpResponseParser old = parsed("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", 9);
    QVERIFY(old.isDone());
    QVERIFY(!old.keepsAlive());
}

void tst_HttpResponseParser::noBodyFor204() {
    HttpResponseParser p = parsed("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", 100);
    QVERIFY(p.isDone());
    QVERIFY(p.takeBody().isEmpty());
}

void tst_HttpResponseParser::truncatedBodyFails() {
    HttpResponseParser p = parsed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"ltv\":", 100);
    QVERIFY(!p.isDone());
    p.finishAtClose();
    QVERIFY(p.hasFailed());
    QVERIFY(p.hasStatus()); // the status arrived: "dropped while receiving the body"
    QVERIFY2(p.failure().contains(QStringLiteral("before the whole body")),
             qPrintable(p.failure()));

    HttpResponseParser nothing;
    nothing.finishAtClose();
    QVERIFY(nothing.hasFailed());
    QVERIFY(!nothing.hasStatus());
}

void tst_HttpResponseParser::htmlWithoutStatusLineFails() {
    HttpResponseParser p = parsed("<html><body>502 Bad Gateway</body></html>\n", 8);
    QVERIFY(p.hasFailed());
    QVERIFY2(p.failure().contains(QStringLiteral("not an HTTP response")), qPrintable(p.failure()));
}

void tst_HttpResponseParser::malformedFramingFails_data() {
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("length not a number")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n");
    QTest::newRow("two different lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
    QTest::newRow("chunk size not hex")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk longer than declared")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
    QTest::newRow("status not a number") << QByteArray("HTTP/1.1 OK 200\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n");
}

void tst_HttpResponseParser::malformedFramingFails() {
    QFETCH(QByteArray, wire);
    HttpResponseParser p = parsed(wire, 3);
    QVERIFY(p.hasFailed());
    QVERIFY(!p.failure().isEmpty());
    QVERIFY(p.takeBody().isEmpty());
}

void tst_HttpResponseParser::endlessHeaderFails() {
    HttpResponseParser p;
    p.feed("HTTP/1.1 200 OK\r\n");
    const QByteArray line = "X-Padding: " + QByteArray(1000, 'a') + "\r\n";
    for (int i = 0; i < 100 && !p.hasFailed(); ++i)
        p.feed(line);
    QVERIFY(p.hasFailed());
    QVERIFY2(p.failure().contains(QStringLiteral("header")), qPrintable(p.failure()));
}

QTEST_GUILESS_MAIN(tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
