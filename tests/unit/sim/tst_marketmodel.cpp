#include "sim/marketmodel.h"
#include "testhelpers.h"

#include <QTest>

using namespace loandesk;
using namespace loandesk::sim;

class tst_MarketModel : public QObject {
    Q_OBJECT

private:
    static QList<AssetConfig> assets() {
        return {{QStringLiteral("BTC"), dec("65000"), 0.001, 0.0, dec("0.95"), {}, {}},
                {QStringLiteral("ETH"), dec("3500"), 0.002, -0.0005, dec("0.95"), {}, {}},
                {QStringLiteral("USDT"), dec("1"), 0.0, 0.0, dec("1"), {}, {}}};
    }

private Q_SLOTS:
    void sameSeedGivesSamePrices() {
        MarketModel a(assets(), 42);
        MarketModel b(assets(), 42);
        for (int i = 0; i < 500; ++i) {
            a.tick();
            b.tick();
            QCOMPARE(a.prices(), b.prices());
        }
        QVERIFY(a.price(QStringLiteral("BTC")) != dec("65000"));
    }

    void differentSeedGivesDifferentPrices() {
        MarketModel a(assets(), 1);
        MarketModel b(assets(), 2);
        for (int i = 0; i < 10; ++i) {
            a.tick();
            b.tick();
        }
        QVERIFY(a.price(QStringLiteral("BTC")) != b.price(QStringLiteral("BTC")));
    }

    void pricesAreExactWithEightPlaces() {
        MarketModel m(assets(), 7);
        for (int i = 0; i < 1000; ++i) {
            m.tick();
            const Decimal btc = m.price(QStringLiteral("BTC"));
            QVERIFY(btc.isPositive());
            QVERIFY(btc.scale() <= 8);
        }
        QCOMPARE(m.tickCount(), 1000);
    }

    void flatAssetsDoNotMove() {
        MarketModel m(assets(), 3);
        for (int i = 0; i < 100; ++i)
            m.tick();
        QCOMPARE(m.price(QStringLiteral("USDT")), dec("1"));
    }

    void driftMovesTheTrend() {
        // ETH drifts −0.05 % per tick: after 2000 ticks it is well below its start.
        MarketModel m(assets(), 5);
        for (int i = 0; i < 2000; ++i)
            m.tick();
        QVERIFY(m.price(QStringLiteral("ETH")) < dec("3000"));
    }

    void setPriceAndHaircut() {
        MarketModel m(assets(), 1);
        m.setPrice(QStringLiteral("BTC"), dec("50000.123456789"));
        QCOMPARE(m.price(QStringLiteral("BTC")), dec("50000.12345679"));
        QCOMPARE(m.haircut(QStringLiteral("BTC")), dec("0.95"));
        QCOMPARE(m.price(QStringLiteral("DOGE")), Decimal());
    }
};

QTEST_GUILESS_MAIN(tst_MarketModel)
#include "tst_marketmodel.moc"
