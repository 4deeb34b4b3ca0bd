#include "simfixture.h"

#include "monitor/monitorsession.h"
#include "monitor/monitorstate.h"
#include "monitor/pollscheduler.h"
#include "session/sessionsetup.h"

#include "exchange/httptransport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

// A profile put into a running session, as the window does it (SessionSetup::apply).
class tst_SessionSetup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void explicitProxyIsNotUsedForLoopback_data();
    void explicitProxyIsNotUsedForLoopback();
};

void tst_SessionSetup::explicitProxyIsNotUsedForLoopback_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("http") << int(ProxySettings::Mode::Http);
    QTest::newRow("socks5") << int(ProxySettings::Mode::Socks5);
}

void tst_SessionSetup::explicitProxyIsNotUsedForLoopback() {
    QFETCH(int, mode);
    // A proxy that takes connections and never answers: anything sent there never returns.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    int proxied = 0;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = proxy.nextPendingConnection()) {
            ++proxied;
            s->setParent(&proxy);
        }
    });
    SimFixture sim;
    ResolvedProfile r;
    r.profile.name = QStringLiteral("Behind a proxy");
    r.profile.baseUrl = sim.exchange().baseUrl();
    r.profile.parentKeyId = sim.exchange().parentCredentials().apiKey;
    r.profile.proxy.mode = ProxySettings::Mode(mode);
    r.profile.proxy.host = QStringLiteral("127.0.0.1");
    r.profile.proxy.port = proxy.serverPort();
    r.parent = sim.exchange().parentCredentials();
    MonitorSession session(r.profile.baseUrl, r.monitorKey());
    SessionSetup::apply(r, &session);
    session.scheduler()->start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state()->unitCount(), 2, 8000);
    QCOMPARE(proxied, 0);
    // The exchange itself is still reached through the proxy.
    QNetworkProxyFactory *factory = session.transport()->proxyFactory();
    QVERIFY(factory);
    const QList<QNetworkProxy> remote =
        factory->queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.binance.com/"))));
    QCOMPARE(remote.size(), 1);
    QCOMPARE(remote.first().port(), proxy.serverPort());
}

QTEST_GUILESS_MAIN(tst_SessionSetup)
#include "tst_sessionsetup.moc"
