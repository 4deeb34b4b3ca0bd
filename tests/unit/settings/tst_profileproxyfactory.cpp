#include "settings/profileproxyfactory.h"

#include <QtTest>

using namespace loandesk;

// A profile's explicit proxy carries every request but those to this computer's own addresses.
class tst_ProfileProxyFactory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void route_data();
    void route();
};

void tst_ProfileProxyFactory::route_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("direct");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:18555/api/v3/time") << true;
    QTest::newRow("127.8.9.10") << QStringLiteral("http://127.8.9.10/x") << true;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/x") << true;
    QTest::newRow("mapped 127.0.0.1") << QStringLiteral("http://[::ffff:127.0.0.1]/x") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:18555/x") << true;
    QTest::newRow("LOCALHOST.") << QStringLiteral("http://LOCALHOST./x") << true;
    QTest::newRow("sim.localhost") << QStringLiteral("http://sim.localhost/x") << true;
    QTest::newRow("exchange") << QStringLiteral("https://api.binance.com/sapi/v1/x") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("https://128.0.0.1/x") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("https://10.0.0.1/x") << false;
    QTest::newRow("::2") << QStringLiteral("https://[::2]/x") << false;
    QTest::newRow("localhost.example.com")
        << QStringLiteral("https://localhost.example.com/x") << false;
    QTest::newRow("mylocalhost") << QStringLiteral("https://mylocalhost/x") << false;
}

void tst_ProfileProxyFactory::route() {
    QFETCH(QString, url);
    QFETCH(bool, direct);
    const QNetworkProxy proxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.corp"), 3128);
    ProfileProxyFactory factory(proxy);
    const QList<QNetworkProxy> chosen = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().type(), direct ? QNetworkProxy::NoProxy : QNetworkProxy::HttpProxy);
    if (!direct)
        QCOMPARE(chosen.first(), proxy);
}

QTEST_GUILESS_MAIN(tst_ProfileProxyFactory)
#include "tst_profileproxyfactory.moc"
