#include "sim/simserverthread.h"
#include "simtestclient.h"

#include <QJsonArray>

using namespace loandesk;
using namespace loandesk::sim;
using namespace loandesk::sim::test;

class tst_SimExchange : public QObject {
    Q_OBJECT

public:
    tst_SimExchange()
        : m_exchange(calmScenario(), 1)
        , m_client(m_exchange) {}

private:
    ApiCredentials alpha() const { return m_exchange.creditCredentials(10001); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_exchange.listen());
        QCOMPARE(m_exchange.baseUrl().host(), QStringLiteral("127.0.0.1"));
        // Parent, two credit keys, and the three PM members' own keys.
        QCOMPARE(m_exchange.accounts().size(), 6);
        QCOMPARE(m_exchange.memberAccounts().size(), 3);
    }
    void init() { m_exchange.resetRateLimits(); }

    void borrowThenRepayOverHttp() {
        const RiskUnit before = m_exchange.riskUnit(10001);
        auto r = m_client.post(Borrow, alpha(), "groupId=10001&assetName=USDT&amount=1000");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("amount")].toString(), QStringLiteral("1000.00000000"));

        r = m_client.get(LtvDetails, alpha());
        const QJsonValue unit = r.json().array().at(0);
        const Decimal liability =
            *Decimal::fromString(unit[QStringLiteral("totalLiability")].toString());
        QCOMPARE(liability, before.totalLiability + Decimal::fromInt(1000));

        // Spot wallet holds 25 000 USDT; asking for 30 000 repays 25 000.
        r = m_client.post(Repay, alpha(),
                          "groupId=10001&assetName=USDT&amount=30000&repayFrom=SPOT");
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[QStringLiteral("transactionId")].isString());
        QCOMPARE(r.json()[QStringLiteral("amount")].toString(), QStringLiteral("25000.00000000"));
        QCOMPARE(r.json()[QStringLiteral("repayFrom")].toString(), QStringLiteral("SPOT"));
        r = m_client.post(Repay, alpha(), "groupId=10001&assetName=USDT&amount=1&repayFrom=SPOT");
        QCOMPARE(r.code(), -27015);
        r = m_client.post(Repay, alpha(), "groupId=10001&assetName=USDC&amount=1");
        QCOMPARE(r.code(), -27011);
        QCOMPARE(m_exchange.postCount(QStringLiteral("repay")), 3);
    }

    void recordsAreNewestFirstAndPaged() {
        for (const char *amount : {"1", "2", "3"}) {
            m_client.post(Borrow, alpha(),
                          QByteArray("groupId=10001&assetName=USDT&amount=") + amount);
            m_exchange.advanceTime(1000);
        }
        auto r = m_client.get(Records, alpha(), "type=BORROW&size=2");
        QVERIFY(r.json()[QStringLiteral("total")].toInteger() >= 3);
        const QJsonArray rows = r.json()[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[QStringLiteral("amount")].toString(), QStringLiteral("3.00000000"));
        QCOMPARE(rows.at(1)[QStringLiteral("amount")].toString(), QStringLiteral("2.00000000"));
        QCOMPARE(rows.at(0)[QStringLiteral("type")].toString(), QStringLiteral("BORROW"));
        QCOMPARE(rows.at(0)[QStringLiteral("status")].toString(), QStringLiteral("CONFIRM"));
        r = m_client.get(Records, alpha(), "type=BORROW&size=2&current=2");
        QCOMPARE(r.json()[QStringLiteral("rows")][0][QStringLiteral("amount")].toString(),
                 QStringLiteral("1.00000000"));
        // A window that ends before the borrows, and a span over 100 days: no rows.
        const QByteArray past = QByteArray::number(m_exchange.nowMs() - 3600000);
        r = m_client.get(Records, alpha(), "type=BORROW&endTime=" + past);
        QCOMPARE(r.json()[QStringLiteral("total")].toInteger(), 0);
        const QByteArray longAgo = QByteArray::number(m_exchange.nowMs() - 101LL * 86400000);
        r = m_client.get(Records, alpha(), "type=BORROW&startTime=" + longAgo);
        QCOMPARE(r.json()[QStringLiteral("total")].toInteger(), 0);
    }

    void interestHistoryAfterTwoHours() {
        m_exchange.advanceTime(2 * 3600000);
        const auto r = m_client.get("/sapi/v1/margin/loan-group/interest-history", alpha());
        const QJsonArray rows = r.json()[QStringLiteral("rows")].toArray();
        QVERIFY(rows.size() >= 2);
        const qint64 newest = rows.at(0)[QStringLiteral("interestTimestamp")].toInteger();
        QCOMPARE(newest % 3600000, 0);
        QCOMPARE(newest - rows.at(1)[QStringLiteral("interestTimestamp")].toInteger(), 3600000);
        QCOMPARE(rows.at(0)[QStringLiteral("interestRate")].toString(),
                 QStringLiteral("0.00000833"));
    }

    void forcedLiquidationIsRecorded() {
        SimEngine &engine = m_exchange.engine();
        engine.setPrice(QStringLiteral("BTC"), Decimal::fromInt(10000));
        engine.setPrice(QStringLiteral("ETH"), Decimal::fromInt(500));
        engine.setPrice(QStringLiteral("SOL"), Decimal::fromInt(50));
        auto r = m_client.get("/sapi/v1/margin/loan-group/force-liquidation", alpha());
        QCOMPARE(r.json()[QStringLiteral("total")].toInteger(), 1);
        const QJsonValue row = r.json()[QStringLiteral("rows")][0];
        QVERIFY(*Decimal::fromString(row[QStringLiteral("startLtv")].toString()) >=
                Decimal::fromInt(1));
        QVERIFY(!row[QStringLiteral("liquidationSnapshot")][QStringLiteral("snapshots")]
                     .toArray()
                     .isEmpty());
        r = m_client.get(Records, alpha(), "type=REPAY");
        QCOMPARE(r.json()[QStringLiteral("rows")][0][QStringLiteral("type")].toString(),
                 QStringLiteral("FORCE_REPAY"));
        r = m_client.get("/sapi/v1/margin/loan-group/force-liquidation-transfer-record", alpha());
        QCOMPARE(r.json()[QStringLiteral("total")].toInteger(), 1);
        QVERIFY(!r.json()[QStringLiteral("rows")][0][QStringLiteral("liquidationTransferRecord")]
                     .toArray()
                     .isEmpty());
        r = m_client.post(Borrow, alpha(), "groupId=10001&assetName=USDT&amount=1");
        QCOMPARE(r.code(), -27024);
    }

    void requestLogNamesKeysNotSecrets() {
        const QList<LoggedRequest> log = m_exchange.requestLog();
        QVERIFY(!log.isEmpty());
        for (const LoggedRequest &entry : log) {
            QVERIFY(entry.timeMs > 0);
            QVERIFY(!entry.path.isEmpty());
            QVERIFY(!entry.apiKey.contains(QString::fromUtf8(alpha().secret)));
        }
    }

    void runsOnItsOwnThread() {
        SimServerThread server;
        QSignalSpy started(&server, &SimServerThread::started);
        server.start(calmScenario(), 3);
        QCOMPARE(server.accounts().size(), 6); // parent, 2 credit, 3 PM member keys
        QVERIFY(started.wait(5000));
        QVERIFY(server.isRunning());
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(
            QNetworkRequest(server.baseUrl().resolved(QUrl(QStringLiteral("/api/v3/time")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QCOMPARE(server.exchange()->requestLog().size(), 1);
        server.stop();
        QVERIFY(!server.isRunning());
    }

private:
    SimExchange m_exchange;
    SimTestClient m_client;
};

QTEST_GUILESS_MAIN(tst_SimExchange)
#include "tst_simexchange.moc"
