#include "exchange/serverclock.h"

#include <QSignalSpy>
#include <QtTest>

using namespace loandesk;

class tst_ServerClock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unsyncedUsesLocalTime();
    void midpointOfRoundTrip_data();
    void midpointOfRoundTrip();
    void serverNowFollowsLocalClock();
    void negativeRoundTripIgnored();
    void offsetChangedOnlyOnChange();
};

void tst_ServerClock::unsyncedUsesLocalTime() {
    ServerClock clock;
    clock.setLocalClock([] { return qint64(1000); });
    QVERIFY(!clock.isSynced());
    QVERIFY(!clock.lastSync().isValid());
    QCOMPARE(clock.offsetMs(), 0);
    QCOMPARE(clock.serverNowMs(), 1000);
}

void tst_ServerClock::midpointOfRoundTrip_data() {
    QTest::addColumn<qint64>("sent");
    QTest::addColumn<qint64>("server");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("in sync") << qint64(1000) << qint64(1050) << qint64(1100) << qint64(0);
    QTest::newRow("server ahead 2 s")
        << qint64(1000) << qint64(3050) << qint64(1100) << qint64(2000);
    QTest::newRow("server behind 1.5 s")
        << qint64(1499827319000) << qint64(1499827317600) << qint64(1499827319200) << qint64(-1500);
    QTest::newRow("zero round trip") << qint64(5000) << qint64(5007) << qint64(5000) << qint64(7);
    QTest::newRow("odd round trip") << qint64(0) << qint64(10) << qint64(3) << qint64(9);
}

void tst_ServerClock::midpointOfRoundTrip() {
    QFETCH(qint64, sent);
    QFETCH(qint64, server);
    QFETCH(qint64, received);
    QFETCH(qint64, offset);
    ServerClock clock;
    clock.setLocalClock([received] { return received; });
    clock.applySample(sent, server, received);
    QVERIFY(clock.isSynced());
    QCOMPARE(clock.offsetMs(), offset);
    QCOMPARE(clock.serverNowMs(), received + offset);
    QCOMPARE(clock.lastSync(), QDateTime::fromMSecsSinceEpoch(received, Qt::UTC));
}

void tst_ServerClock::serverNowFollowsLocalClock() {
    qint64 now = 10'000;
    ServerClock clock;
    clock.setLocalClock([&now] { return now; });
    clock.applySample(9'900, 12'000, 10'100); // offset 2000
    QCOMPARE(clock.serverNowMs(), 12'000);
    now = 70'000;
    QCOMPARE(clock.localNowMs(), 70'000);
    QCOMPARE(clock.serverNowMs(), 72'000);
}

void tst_ServerClock::negativeRoundTripIgnored() {
    ServerClock clock;
    clock.applySample(1000, 1500, 1100); // offset 450
    clock.applySample(2000, 9000, 1000); // local clock jumped back: not a measurement
    QCOMPARE(clock.offsetMs(), 450);
}

void tst_ServerClock::offsetChangedOnlyOnChange() {
    ServerClock clock;
    QSignalSpy spy(&clock, &ServerClock::offsetChanged);
    clock.applySample(1000, 1050, 1100); // first sync, offset 0: still news
    clock.applySample(2000, 2050, 2100); // same offset
    clock.applySample(3000, 3150, 3100); // offset 100
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 0);
    QCOMPARE(spy.at(1).at(0).toLongLong(), 100);
}

QTEST_GUILESS_MAIN(tst_ServerClock)
#include "tst_serverclock.moc"
