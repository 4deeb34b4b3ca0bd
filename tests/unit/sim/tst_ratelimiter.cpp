#include "sim/ratelimiter.h"
#include "simtestclient.h"

using namespace loandesk;
using namespace loandesk::sim;
using namespace loandesk::sim::test;

class tst_RateLimiter : public QObject {
    Q_OBJECT

public:
    tst_RateLimiter()
        : m_exchange(calmScenario(), 1)
        , m_client(m_exchange) {}

private:
    // Starts a fresh one-minute window with almost a minute to spare, so the real clock cannot
    // cross a window boundary in the middle of a test.
    void startOfWindow() {
        m_exchange.advanceTime(60000 - m_exchange.nowMs() % 60000 + 5);
        m_exchange.resetRateLimits();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_exchange.listen()); }

    void fixedWindowsPerEndpoint() {
        RateLimiter limiter;
        const qint64 t = 1750000040000; // 20 s into a window
        for (int i = 1; i <= 60; ++i)
            QCOMPARE(limiter.charge("ltv", RateLimiter::Kind::Ip, 200, {}, t).used, i * 200);
        const RateLimiter::Charge over = limiter.charge("ltv", RateLimiter::Kind::Ip, 200, {}, t);
        QVERIFY(over.error);
        QCOMPARE(over.error->httpStatus, 429);
        QCOMPARE(over.retryAfterSeconds, 40);
        // Another endpoint has its own budget; the next window starts empty.
        QVERIFY(!limiter.charge("max", RateLimiter::Kind::Ip, 100, {}, t).error);
        QCOMPARE(limiter.charge("ltv", RateLimiter::Kind::Ip, 200, {}, t + 40000).used, 200);
        // UID weight is per key.
        QCOMPARE(
            limiter.charge("borrow", RateLimiter::Kind::Uid, 3000, QStringLiteral("a"), t).used,
            3000);
        QCOMPARE(
            limiter.charge("borrow", RateLimiter::Kind::Uid, 3000, QStringLiteral("b"), t).used,
            3000);
    }

    void ltvDetailsOverHttpGets429WithRetryAfter() {
        startOfWindow();
        SimTestClient::Reply r;
        for (int i = 1; i <= 60; ++i) {
            r = m_client.get(LtvDetails, m_exchange.parentCredentials());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-SAPI-USED-IP-WEIGHT-1M").toInt(), i * 200);
        }
        r = m_client.get(LtvDetails, m_exchange.parentCredentials());
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), -1003);
        QVERIFY(r.msg().startsWith(u"Too much request weight used;"));
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, r.header("Retry-After").constData());
        // Other endpoints are unaffected.
        r = m_client.get("/sapi/v1/margin/loan-group/max-borrowable",
                         m_exchange.creditCredentials(10001), "assetName=USDT");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-SAPI-USED-IP-WEIGHT-1M").toInt(), 100);
        m_exchange.advanceTime(retryAfter * 1000);
        r = m_client.get(LtvDetails, m_exchange.parentCredentials());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-SAPI-USED-IP-WEIGHT-1M").toInt(), 200);
    }

    void weightHeaders() {
        startOfWindow();
        auto r = m_client.post(Borrow, m_exchange.creditCredentials(10001),
                               "groupId=10001&assetName=USDT&amount=5");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-SAPI-USED-UID-WEIGHT-1M").toInt(), 3000);
        r = m_client.sendRaw("GET", "/api/v3/time", {});
        QCOMPARE(r.header("X-MBX-USED-WEIGHT-1M").toInt(), 1);
        QVERIFY(r.json()[QStringLiteral("serverTime")].toInteger() > 0);
    }

    void repeatedViolationsEscalateTo418() {
        startOfWindow();
        m_exchange.setBanPolicy(true, 2, 120000);
        for (int i = 0; i < 60; ++i)
            m_client.get(LtvDetails, m_exchange.parentCredentials());
        QCOMPARE(m_client.get(LtvDetails, m_exchange.parentCredentials()).status, 429);
        QCOMPARE(m_client.get(LtvDetails, m_exchange.parentCredentials()).status, 429);
        auto r = m_client.get(LtvDetails, m_exchange.parentCredentials());
        QCOMPARE(r.status, 418);
        QCOMPARE(r.header("Retry-After").toInt(), 120);
        QVERIFY(r.msg().contains(u"IP banned until"));
        // The ban covers every endpoint until it ends.
        r = m_client.get("/sapi/v1/margin/loan-groups/activated", m_exchange.parentCredentials());
        QCOMPARE(r.status, 418);
        m_exchange.advanceTime(120000);
        r = m_client.get("/sapi/v1/margin/loan-groups/activated", m_exchange.parentCredentials());
        QCOMPARE(r.status, 200);
        m_exchange.setBanPolicy(true);
    }

private:
    SimExchange m_exchange;
    SimTestClient m_client;
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
