#include "exchange/httpresponse.h"
#include "exchange/weighttracker.h"

#include <QSignalSpy>
#include <QtTest>

using namespace loandesk;

namespace {

const QString Base = QStringLiteral("/sapi/v1/margin/");
const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1750000000000, Qt::UTC);

HttpResponse response(int status, QList<std::pair<QByteArray, QByteArray>> headers) {
    HttpResponse r;
    r.httpStatus = status;
    r.headers = std::move(headers);
    return r;
}

} // namespace

class tst_WeightTracker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documented_data();
    void documented();
    void usageFromHeaders_data();
    void usageFromHeaders();
    void rateLimitPausesOneEndpoint();
    void banPausesEverything();
    void longPausesAreCapped_data();
    void longPausesAreCapped();
    void missingRetryAfterUsesDefaults();
    void pauseNeverShortened();
};

void tst_WeightTracker::documented_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("weight");
    QTest::addColumn<bool>("uid");
    QTest::addColumn<int>("limit");
    auto row = [](const char *tail, int weight, bool uid, int limit) {
        QTest::newRow(tail) << Base + QLatin1String(tail) << weight << uid << limit;
    };
    row("loan-group/ltv-details", 200, false, 12000);
    row("loan-groups/activated", 10, false, 12000);
    row("loan-groups/closed", 1, false, 12000);
    row("loan-group", 1000, true, 180000);
    row("loan-group/edit-member", 1000, true, 180000);
    row("loan-group/borrow", 3000, true, 180000);
    row("loan-group/repay", 3000, true, 180000);
    row("loan-group/borrow-repay", 10, false, 12000);
    row("loan-group/interest-history", 10, false, 12000);
    row("loan-group/force-liquidation", 1, false, 12000);
    row("loan-group/force-liquidation-transfer-record", 1, false, 12000);
    row("loan-group/transfer-out", 1, false, 12000);
    row("loan-group/max-borrowable", 100, false, 12000);
    row("loan-group/interest-rebate-balance/records", 100, false, 12000);
    QTest::newRow("time") << QStringLiteral("/api/v3/time") << 1 << false << 6000;
    // per-asset composition (collateral-assets doc 1–5)
    auto full = [](const char *path, int weight, bool uid, int limit) {
        QTest::newRow(path) << QString::fromLatin1(path) << weight << uid << limit;
    };
    full("/sapi/v4/sub-account/assets", 60, true, 180000);
    full("/sapi/v1/sub-account/margin/account", 10, false, 12000);
    full("/sapi/v1/margin/crossMarginCollateralRatio", 100, false, 12000);
    full("/sapi/v2/portfolio/collateralRate", 50, false, 12000);
    full("/papi/v1/balance", 20, false, 6000);
    full("/papi/v1/account", 20, false, 6000);
    full("/api/v3/ticker/price", 4, false, 6000);
}

void tst_WeightTracker::documented() {
    QFETCH(QString, path);
    QFETCH(int, weight);
    QFETCH(bool, uid);
    QFETCH(int, limit);
    const WeightTracker::Usage u = WeightTracker::documented(path);
    QCOMPARE(u.weight, weight);
    QCOMPARE(u.scope == WeightTracker::Scope::Uid, uid);
    QCOMPARE(u.limit, limit);
    WeightTracker tracker;
    QCOMPARE(tracker.usage(path).weight, weight); // before any observation
}

void tst_WeightTracker::usageFromHeaders_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("used");
    QTest::addColumn<bool>("uid");
    QTest::addColumn<int>("limit");
    QTest::newRow("ltv-details IP")
        << Base + QStringLiteral("loan-group/ltv-details") << QByteArray("X-SAPI-USED-IP-WEIGHT-1M")
        << QByteArray("400") << 400 << false << 12000;
    QTest::newRow("borrow UID") << Base + QStringLiteral("loan-group/borrow")
                                << QByteArray("X-SAPI-USED-UID-WEIGHT-1M") << QByteArray("6000")
                                << 6000 << true << 180000;
    QTest::newRow("header case") << Base + QStringLiteral("loan-group/max-borrowable")
                                 << QByteArray("x-sapi-used-ip-weight-1m") << QByteArray(" 100 ")
                                 << 100 << false << 12000;
    QTest::newRow("api time") << QStringLiteral("/api/v3/time")
                              << QByteArray("X-MBX-USED-WEIGHT-1M") << QByteArray("7") << 7 << false
                              << 6000;
    QTest::newRow("papi balance") << QStringLiteral("/papi/v1/balance")
                                  << QByteArray("X-MBX-USED-WEIGHT-1M") << QByteArray("40") << 40
                                  << false << 6000;
    QTest::newRow("papi balance, sapi header")
        << QStringLiteral("/papi/v1/balance") << QByteArray("X-SAPI-USED-IP-WEIGHT-1M")
        << QByteArray("60") << 60 << false << 6000;
}

void tst_WeightTracker::usageFromHeaders() {
    QFETCH(QString, path);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, used);
    QFETCH(bool, uid);
    QFETCH(int, limit);
    WeightTracker tracker;
    QSignalSpy spy(&tracker, &WeightTracker::usageChanged);
    tracker.recordResponse(path, response(200, {{header, value}}), Now);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), path);
    const WeightTracker::Usage u = tracker.usage(path);
    QCOMPARE(u.used, used);
    QCOMPARE(u.scope == WeightTracker::Scope::Uid, uid);
    QCOMPARE(u.limit, limit);
    QVERIFY(u.observedAt.isValid());
    QVERIFY(tracker.all().contains(path));
    QVERIFY(!tracker.isPaused(path, Now));
}

void tst_WeightTracker::rateLimitPausesOneEndpoint() {
    const QString ltv = Base + QStringLiteral("loan-group/ltv-details");
    const QString records = Base + QStringLiteral("loan-group/borrow-repay");
    WeightTracker tracker;
    tracker.recordResponse(ltv, response(429, {{"Retry-After", "30"}}), Now);
    QCOMPARE(tracker.usage(ltv).pausedUntil, Now.addSecs(30));
    QVERIFY(tracker.isPaused(ltv, Now.addSecs(29)));
    QVERIFY(!tracker.isPaused(ltv, Now.addSecs(30)));
    QVERIFY(!tracker.isPaused(records, Now)); // each endpoint has its own bucket
    QVERIFY(!tracker.bannedUntil().isValid());
}

void tst_WeightTracker::banPausesEverything() {
    WeightTracker tracker;
    QSignalSpy spy(&tracker, &WeightTracker::banChanged);
    tracker.recordResponse(Base + QStringLiteral("loan-group/ltv-details"),
                           response(418, {{"Retry-After", "300"}}), Now);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(tracker.bannedUntil(), Now.addSecs(300));
    QVERIFY(tracker.isPaused(Base + QStringLiteral("loan-group/borrow"), Now.addSecs(299)));
    QCOMPARE(tracker.pausedUntil(QStringLiteral("/api/v3/time")), Now.addSecs(300));
    QVERIFY(!tracker.isPaused(Base + QStringLiteral("loan-group/borrow"), Now.addSecs(300)));
}

void tst_WeightTracker::longPausesAreCapped_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("429 two hours") << 429 << QByteArray("7200");
    QTest::newRow("418 two hours") << 418 << QByteArray("7200");
    QTest::newRow("429 beyond int") << 429 << QByteArray("99999999999");
    QTest::newRow("418 beyond qint64") << 418 << QByteArray("99999999999999999999999999");
}

void tst_WeightTracker::longPausesAreCapped() {
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    const QString path = Base + QStringLiteral("loan-group/ltv-details");
    WeightTracker tracker;
    tracker.recordResponse(path, response(status, {{"Retry-After", retryAfter}}), Now);
    QCOMPARE(tracker.pausedUntil(path), Now.addSecs(10 * 60));
    QVERIFY(!tracker.isPaused(path, Now.addSecs(10 * 60)));
}

void tst_WeightTracker::missingRetryAfterUsesDefaults() {
    const QString path = Base + QStringLiteral("loan-group/repay");
    WeightTracker tracker;
    tracker.recordResponse(path, response(429, {}), Now);
    QCOMPARE(tracker.pausedUntil(path), Now.addSecs(60));
    tracker.recordResponse(path, response(418, {{"Retry-After", "soon"}}), Now);
    QCOMPARE(tracker.bannedUntil(), Now.addSecs(120));
}

void tst_WeightTracker::pauseNeverShortened() {
    const QString path = Base + QStringLiteral("loan-group/ltv-details");
    WeightTracker tracker;
    tracker.recordPause(path, Now.addSecs(100));
    tracker.recordPause(path, Now.addSecs(10));
    QCOMPARE(tracker.pausedUntil(path), Now.addSecs(100));
}

QTEST_GUILESS_MAIN(tst_WeightTracker)
#include "tst_weighttracker.moc"
