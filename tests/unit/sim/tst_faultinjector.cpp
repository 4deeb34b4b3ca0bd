#include "sim/faultinjector.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace loandesk;
using namespace loandesk::sim;
using namespace loandesk::sim::test;
using Kind = FaultInjector::Kind;

class tst_FaultInjector : public QObject {
    Q_OBJECT

public:
    tst_FaultInjector()
        : m_exchange(calmScenario(), 1)
        , m_client(m_exchange) {}

private:
    SimTestClient::Reply ltv() { return m_client.get(LtvDetails, m_exchange.parentCredentials()); }
    FaultInjector *faults() { return m_exchange.faults(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_exchange.listen()); }
    void init() {
        faults()->clear();
        m_exchange.resetRateLimits();
        m_exchange.clearRequestLog();
    }

    void specParsing() {
        FaultInjector f;
        QString error;
        QVERIFY(f.addFromSpec(QStringLiteral("borrow:response-lost:0:once"), &error));
        QVERIFY(f.addFromSpec(QStringLiteral("ltv-details:latency:1500"), &error));
        QVERIFY(f.addFromSpec(QStringLiteral("*:5xx:502:3"), &error));
        QVERIFY(f.addFromSpec(QStringLiteral("all:skew:-3000"), &error));
        QCOMPARE(f.clockSkewMs(), -3000);
        QCOMPARE(f.faults().size(), 3);
        QCOMPARE(f.faults().at(0).remaining, 1);
        QCOMPARE(f.faults().at(2).param, 502);
        QVERIFY(!f.addFromSpec(QStringLiteral("borrow:explode"), &error));
        QVERIFY(error.contains(u"unknown kind"));
        QVERIFY(!f.addFromSpec(QStringLiteral("borrow"), &error));
        // The late kinds default to 30 s; records-late is not an outcome and combines with one.
        FaultInjector late;
        QVERIFY(late.addFromSpec(QStringLiteral("borrow:executes-late:0:once"), &error));
        QVERIFY(late.addFromSpec(QStringLiteral("borrow:records-late"), &error));
        const FaultInjector::Plan latePlan = late.take("/sapi/v1/margin/loan-group/borrow");
        QCOMPARE(latePlan.outcome->kind, Kind::ExecutesLate);
        QCOMPARE(latePlan.outcome->param, 30000);
        QCOMPARE(latePlan.recordsLateMs, 30000);
        // "borrow" matches the borrow path, not borrow-repay.
        const FaultInjector::Plan plan = f.take("/sapi/v1/margin/loan-group/borrow-repay");
        QCOMPARE(plan.outcome->kind, Kind::ServerError);
    }

    void oneShotFaultsAreUsedUp() {
        faults()->addOnce(QStringLiteral("ltv-details"), Kind::ServerError);
        QCOMPARE(ltv().status, 503);
        QCOMPARE(ltv().status, 200);
    }

    void latencyDelaysWithoutBlocking() {
        faults()->addOnce(QStringLiteral("ltv-details"), Kind::Latency, 300);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(ltv().status, 200);
        QVERIFY(timer.elapsed() >= 290);
        QCOMPARE(m_exchange.requestLog().constLast().fault, QStringLiteral("latency"));
    }

    void serverErrors() {
        faults()->addOnce(QStringLiteral("*"), Kind::ServerError, 502);
        auto r = ltv();
        QCOMPARE(r.status, 502);
        QCOMPARE(r.code(), -1000);
        faults()->addOnce(QStringLiteral("*"), Kind::ServerErrorText);
        r = ltv();
        QCOMPARE(r.status, 500);
        QVERIFY(r.json().isNull());
    }

    void rateLimitAndBan() {
        faults()->addOnce(QStringLiteral("ltv-details"), Kind::RateLimited, 7);
        auto r = ltv();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), -1003);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        faults()->addOnce(QStringLiteral("ltv-details"), Kind::Banned);
        r = ltv();
        QCOMPARE(r.status, 418);
        QCOMPARE(r.header("Retry-After"), QByteArray("120"));
    }

    void malformedJson() {
        faults()->addOnce(QStringLiteral("ltv-details"), Kind::MalformedJson);
        const auto r = ltv();
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void truncatedBody() {
        faults()->addOnce(QStringLiteral("ltv-details"), Kind::TruncatedBody);
        const auto r = ltv();
        QVERIFY(r.error != QNetworkReply::NoError);
    }

    void htmlErrorPage() {
        faults()->addOnce(QStringLiteral("ltv-details"), Kind::HtmlErrorPage);
        const auto r = ltv();
        QCOMPARE(r.status, 502);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html"));
        QVERIFY(r.body.contains("nginx"));
    }

    void droppedConnection() {
        // Persistent: Qt resends an idempotent request once when a reused connection closes.
        faults()->addPersistent(QStringLiteral("ltv-details"), Kind::DropConnection);
        const auto r = ltv();
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(r.status, 0);
        faults()->clear();
        QCOMPARE(m_exchange.requestLog().constLast().httpStatus, 0);
        QVERIFY(!m_exchange.requestLog().constLast().executed);
    }

    void executedButResponseLost() {
        const Decimal before = m_exchange.riskUnit(10001).totalLiability;
        faults()->addOnce(QStringLiteral("borrow"), Kind::ResponseLost);
        const auto r = m_client.postOnce(Borrow, m_exchange.creditCredentials(10001),
                                         "groupId=10001&assetName=USDT&amount=250");
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(m_exchange.postCount(QStringLiteral("borrow")), 1);
        QVERIFY(m_exchange.requestLog().constLast().executed);
        QCOMPARE(m_exchange.requestLog().constLast().apiKey,
                 m_exchange.creditCredentials(10001).apiKey);
        // It happened: the records show it, as a client reconciling would see.
        QCOMPARE(m_exchange.riskUnit(10001).totalLiability, before + Decimal::fromInt(250));
        const auto records =
            m_client.get(Records, m_exchange.creditCredentials(10001), "type=BORROW");
        QCOMPARE(records.json()[QStringLiteral("rows")][0][QStringLiteral("amount")].toString(),
                 QStringLiteral("250.00000000"));
    }

    void executesLate() {
        const ApiCredentials alpha = m_exchange.creditCredentials(10001);
        const Decimal before = usdtPrincipal();
        const int rowsBefore = borrowRows(alpha);
        faults()->addOnce(QStringLiteral("borrow"), Kind::ExecutesLate, 20000);
        const qint64 sentAt = m_exchange.nowMs();
        const auto r = m_client.postOnce(Borrow, alpha, "groupId=10001&assetName=USDT&amount=321");
        QVERIFY(r.error != QNetworkReply::NoError); // the answer is lost
        QCOMPARE(m_exchange.requestLog().constLast().fault, QStringLiteral("executes-late"));
        QVERIFY(!m_exchange.requestLog().constLast().executed);
        // Nothing has happened yet, on any figure the exchange shows…
        QCOMPARE(usdtPrincipal(), before);
        QCOMPARE(borrowRows(alpha), rowsBefore);
        QCOMPARE(m_exchange.engine().scheduledOrders(), 1);
        // …until the simulator's clock reaches it; then liability, wallets and records follow.
        m_exchange.advanceTime(20000);
        QCOMPARE(usdtPrincipal(), before + Decimal::fromInt(321));
        QCOMPARE(m_exchange.engine().scheduledOrders(), 0);
        const auto records = m_client.get(Records, alpha, "type=BORROW");
        QCOMPARE(borrowRows(alpha), rowsBefore + 1);
        const QJsonValue newest = records.json()[QStringLiteral("rows")][0];
        QCOMPARE(newest[QStringLiteral("amount")].toString(), QStringLiteral("321.00000000"));
        QVERIFY(newest[QStringLiteral("timestamp")].toInteger() >= sentAt + 20000);
        QCOMPARE(m_exchange.postCount(QStringLiteral("borrow")), 1);
    }

    void recordsLate() {
        const ApiCredentials alpha = m_exchange.creditCredentials(10001);
        const Decimal before = usdtPrincipal();
        const int rowsBefore = borrowRows(alpha);
        faults()->addOnce(QStringLiteral("borrow"), Kind::RecordsLate, 15000);
        const auto r = m_client.post(Borrow, alpha, "groupId=10001&assetName=USDT&amount=654");
        QCOMPARE(r.status, 200); // answered and executed at once
        QCOMPARE(m_exchange.requestLog().constLast().fault, QStringLiteral("records-late"));
        QCOMPARE(usdtPrincipal(), before + Decimal::fromInt(654));
        // The record is not listed yet, not even in the total…
        QCOMPARE(borrowRows(alpha), rowsBefore);
        m_exchange.advanceTime(14000);
        QCOMPARE(borrowRows(alpha), rowsBefore);
        // …and appears 15 s after the execution, with the execution's time.
        m_exchange.advanceTime(1000);
        QCOMPARE(borrowRows(alpha), rowsBefore + 1);
        const QJsonValue newest =
            m_client.get(Records, alpha, "type=BORROW").json()[QStringLiteral("rows")][0];
        QCOMPARE(newest[QStringLiteral("amount")].toString(), QStringLiteral("654.00000000"));
    }

    void clockSkew() {
        m_exchange.setClockSkewMs(-60000);
        const auto r = m_client.sendRaw("GET", "/api/v3/time", {});
        const qint64 serverTime = r.json()[QStringLiteral("serverTime")].toInteger();
        QVERIFY(qAbs(serverTime - (m_exchange.nowMs() - 60000)) < 2000);
        // A client still on the unskewed clock is now a minute ahead.
        const QByteArray ahead = "timestamp=" + QByteArray::number(m_exchange.nowMs());
        QCOMPARE(m_client.send("GET", LtvDetails, ahead, m_exchange.parentCredentials()).code(),
                 -1021);
        m_exchange.setClockSkewMs(0);
    }

private:
    Decimal usdtPrincipal() {
        return m_exchange.engine().unit(10001)->liabilities.value(QStringLiteral("USDT")).principal;
    }
    int borrowRows(const ApiCredentials &key) {
        return int(
            m_client.get(Records, key, "type=BORROW").json()[QStringLiteral("total")].toInteger());
    }

    SimExchange m_exchange;
    SimTestClient m_client;
};

QTEST_GUILESS_MAIN(tst_FaultInjector)
#include "tst_faultinjector.moc"
