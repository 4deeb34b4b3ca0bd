#include "exchange/retryafter.h"

#include <QtTest>

using namespace loandesk;

namespace {

const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1750000000000, Qt::UTC); // 15:06:40 GMT

} // namespace

// A 429/418 pause is what the exchange asks for, but never more than ten minutes: an absurd
// header must not stop the desk's polling for hours or for good.
class tst_RetryAfter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seconds_data();
    void seconds();
};

void tst_RetryAfter::seconds_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected");
    const qint64 fallback = 60;
    QTest::newRow("delay") << QByteArray("30") << qint64(30);
    QTest::newRow("padded") << QByteArray(" 45 ") << qint64(45);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("at the cap") << QByteArray("600") << qint64(600);
    QTest::newRow("over the cap") << QByteArray("601") << qint64(600);
    QTest::newRow("three days") << QByteArray("259200") << qint64(600);
    QTest::newRow("beyond qint64") << QByteArray("999999999999999999999999999999") << qint64(600);
    QTest::newRow("absent") << QByteArray() << fallback;
    QTest::newRow("negative") << QByteArray("-5") << fallback;
    QTest::newRow("words") << QByteArray("soon") << fallback;
    QTest::newRow("fraction") << QByteArray("1.5") << fallback;
    QTest::newRow("date in 100 s") << QByteArray("Sun, 15 Jun 2025 15:08:20 GMT") << qint64(100);
    QTest::newRow("date passed") << QByteArray("Sun, 15 Jun 2025 15:00:00 GMT") << qint64(0);
    QTest::newRow("date in 2090") << QByteArray("Sun, 01 Jan 2090 00:00:00 GMT") << qint64(600);
}

void tst_RetryAfter::seconds() {
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    QCOMPARE(RetryAfter::seconds(header, 60, Now), expected);
    QCOMPARE(RetryAfter::until(header, 60, Now), Now.addSecs(expected));
}

QTEST_GUILESS_MAIN(tst_RetryAfter)
#include "tst_retryafter.moc"
