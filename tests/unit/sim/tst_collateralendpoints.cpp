// The composition endpoints against ltv-details: per-asset quantity × price × collateral ratio,
// recomputed here from the endpoints' own answers (balances, ratio tables, ticker prices) with
// the "cum" form of the tiers (V × rate_k + cum_k), must give each wallet's netEquity exactly.
#include "sim/valuation.h"
#include "simtestclient.h"

#include <QJsonArray>

using namespace loandesk;
using namespace loandesk::sim;
using namespace loandesk::sim::test;

namespace {

Decimal dec(const char *text) {
    return Decimal::fromString(QString::fromLatin1(text)).value();
}

Decimal dec(const QJsonValue &v) {
    const std::optional<Decimal> d = Decimal::fromJson(v);
    if (!d)
        qFatal("not a decimal: %s", qPrintable(v.toVariant().toString()));
    return *d;
}

const QByteArray AssetsV4 = "/sapi/v4/sub-account/assets";
const QByteArray AssetsV3 = "/sapi/v3/sub-account/assets";
const QByteArray MarginAccount = "/sapi/v1/sub-account/margin/account";
const QByteArray PapiBalance = "/papi/v1/balance";
const QByteArray PapiAccount = "/papi/v1/account";
const QByteArray CrossRatio = "/sapi/v1/margin/crossMarginCollateralRatio";
const QByteArray PmRate = "/sapi/v2/portfolio/collateralRate";
const QByteArray Ticker = "/api/v3/ticker/price";

// A tier as the test reads it from either table, with its cum.
struct Tier {
    Decimal floor;
    std::optional<Decimal> cap;
    Decimal rate;
    Decimal cum;
};

// CV(V) = V × rate_k + cum_k for the tier k holding V (collateral-assets.md section 4).
Decimal cumValue(const QList<Tier> &tiers, const Decimal &v) {
    if (!v.isPositive())
        return Decimal();
    for (const Tier &t : tiers) {
        if (v >= t.floor && (!t.cap || v < *t.cap))
            return v * t.rate + t.cum;
    }
    qFatal("no tier covers %s", qPrintable(v.toString()));
}

Scenario frozen(const QString &name) {
    std::optional<Scenario> s = Scenario::load(name);
    s->tickMs = 24LL * 3600 * 1000; // prices move only when the test says so
    return *s;
}

} // namespace

class tst_CollateralEndpoints : public QObject {
    Q_OBJECT

private:
    // Every asset's cross tiers, with cum computed here from the floors and rates.
    static QHash<QString, QList<Tier>> crossTables(SimTestClient &client, const ApiCredentials &k) {
        const SimTestClient::Reply r =
            client.sendRaw("GET", CrossRatio, k.apiKey.toUtf8()); // MARKET_DATA: no signature
        if (r.status != 200)
            qFatal("crossMarginCollateralRatio: %s", r.body.constData());
        QHash<QString, QList<Tier>> tables;
        for (const QJsonValue &group : r.json().array()) {
            QList<Tier> tiers;
            for (const QJsonValue &c : group[QStringLiteral("collaterals")].toArray()) {
                Tier t{dec(c[QStringLiteral("minUsdValue")]), std::nullopt,
                       dec(c[QStringLiteral("discountRate")]), Decimal()};
                if (c.toObject().contains(QStringLiteral("maxUsdValue")))
                    t.cap = dec(c[QStringLiteral("maxUsdValue")]);
                if (!tiers.isEmpty())
                    t.cum = tiers.last().cum + t.floor * (tiers.last().rate - t.rate);
                tiers.append(t);
            }
            for (const QJsonValue &name : group[QStringLiteral("assetNames")].toArray())
                tables.insert(name.toString(), tiers);
        }
        return tables;
    }

    // The PM tiers with the simulator's own cum.
    static QHash<QString, QList<Tier>> pmTables(SimTestClient &client, const ApiCredentials &k) {
        const SimTestClient::Reply r = client.get(PmRate, k);
        if (r.status != 200)
            qFatal("collateralRate: %s", r.body.constData());
        QHash<QString, QList<Tier>> tables;
        for (const QJsonValue &a : r.json().array()) {
            QList<Tier> tiers;
            for (const QJsonValue &c : a[QStringLiteral("collateralInfo")].toArray()) {
                Tier t{dec(c[QStringLiteral("tierFloor")]), std::nullopt,
                       dec(c[QStringLiteral("collateralRate")]), dec(c[QStringLiteral("cum")])};
                if (c.toObject().contains(QStringLiteral("tierCap")))
                    t.cap = dec(c[QStringLiteral("tierCap")]);
                tiers.append(t);
            }
            tables.insert(a[QStringLiteral("asset")].toString(), tiers);
        }
        return tables;
    }

    // USD prices from the ticker (the built-in scenarios hold USDT at 1 USD).
    static QHash<QString, Decimal> prices(SimTestClient &client) {
        const SimTestClient::Reply r = client.sendRaw("GET", Ticker, {});
        QHash<QString, Decimal> p{{QStringLiteral("USDT"), Decimal::fromInt(1)}};
        for (const QJsonValue &row : r.json().array()) {
            QString symbol = row[QStringLiteral("symbol")].toString();
            symbol.chop(4);
            p.insert(symbol, dec(row[QStringLiteral("price")]));
        }
        return p;
    }

private Q_SLOTS:
    void compositionAddsUpToLtvDetails_data() {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("calm") << QStringLiteral("calm");
        QTest::newRow("stressed") << QStringLiteral("stressed");
    }

    void compositionAddsUpToLtvDetails() {
        QFETCH(QString, scenario);
        SimExchange exchange(frozen(scenario), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        // Prices with all eight places used, and above the start so nothing is liquidated.
        exchange.engine().setPrice(QStringLiteral("BTC"), dec("66123.45678901"));
        exchange.engine().setPrice(QStringLiteral("ETH"), dec("3512.34567891"));
        exchange.engine().setPrice(QStringLiteral("SOL"), dec("151.23456789"));
        exchange.engine().setPrice(QStringLiteral("BNB"), dec("601.98765432"));
        exchange.engine().setPrice(QStringLiteral("USDC"), dec("0.99987654"));
        const ApiCredentials parent = exchange.parentCredentials();
        const QHash<QString, Decimal> price = prices(client);
        const QHash<QString, QList<Tier>> cross = crossTables(client, parent);
        const QHash<QString, QList<Tier>> pm = pmTables(client, parent);
        QCOMPARE(price.value(QStringLiteral("USDC")), dec("0.99987654"));

        const QJsonArray units = client.get(LtvDetails, parent).json().array();
        QCOMPARE(units.size(), 2);
        int wallets = 0;
        for (const QJsonValue &unit : units) {
            const UnitState *state =
                exchange.engine().unit(unit[QStringLiteral("groupId")].toInteger());
            for (const QJsonValue &member : unit[QStringLiteral("collateralAccounts")].toArray()) {
                const QString email = member[QStringLiteral("email")].toString();
                const MemberHoldings *holdings = nullptr;
                for (const MemberHoldings &m : state->members)
                    holdings = m.email == email ? &m : holdings;
                QVERIFY(holdings);
                for (const QJsonValue &wallet : member[QStringLiteral("wallets")].toArray()) {
                    const QString type = wallet[QStringLiteral("accountType")].toString();
                    const Decimal netEquity = dec(wallet[QStringLiteral("netEquity")]);
                    const QByteArray query = "email=" + QUrl::toPercentEncoding(email);
                    Decimal expected;
                    if (type == u"SPOT") {
                        const QJsonArray balances = client.get(AssetsV4, parent, query)
                                                        .json()[QStringLiteral("balances")]
                                                        .toArray();
                        for (const QJsonValue &b : balances) {
                            const QString asset = b[QStringLiteral("asset")].toString();
                            if (Valuation::isSpotCollateral(asset))
                                expected += dec(b[QStringLiteral("free")]) * price.value(asset);
                        }
                        if (!holdings->enableSpot)
                            expected = Decimal();
                    } else if (type == u"CROSS_MARGIN") {
                        const SimTestClient::Reply r = client.get(MarginAccount, parent, query);
                        QCOMPARE(r.status, 200);
                        for (const QJsonValue &a :
                             r.json()[QStringLiteral("marginUserAssetVoList")].toArray()) {
                            const QString asset = a[QStringLiteral("asset")].toString();
                            const Decimal held = (dec(a[QStringLiteral("free")]) +
                                                  dec(a[QStringLiteral("locked")])) *
                                                 price.value(asset);
                            const Decimal owed = (dec(a[QStringLiteral("borrowed")]) +
                                                  dec(a[QStringLiteral("interest")])) *
                                                 price.value(asset);
                            expected += cumValue(cross.value(asset), held) - owed;
                        }
                    } else {
                        QCOMPARE(type, QStringLiteral("PORTFOLIO_MARGIN"));
                        // Only the member's own key reads /papi.
                        const ApiCredentials own = exchange.memberCredentials(email);
                        QVERIFY2(!own.apiKey.isEmpty(), qPrintable(email));
                        const SimTestClient::Reply r = client.get(PapiBalance, own);
                        QCOMPARE(r.status, 200);
                        for (const QJsonValue &a : r.json().array()) {
                            const QString asset = a[QStringLiteral("asset")].toString();
                            const Decimal e = dec(a[QStringLiteral("crossMarginFree")]) +
                                              dec(a[QStringLiteral("crossMarginLocked")]) -
                                              dec(a[QStringLiteral("crossMarginBorrowed")]) -
                                              dec(a[QStringLiteral("crossMarginInterest")]) +
                                              dec(a[QStringLiteral("umWalletBalance")]) +
                                              dec(a[QStringLiteral("umUnrealizedPNL")]) +
                                              dec(a[QStringLiteral("cmWalletBalance")]) +
                                              dec(a[QStringLiteral("cmUnrealizedPNL")]);
                            const Decimal v = e * price.value(asset);
                            expected += v.isPositive() ? cumValue(pm.value(asset), v) : v;
                        }
                        const QJsonObject account = client.get(PapiAccount, own).json().object();
                        QCOMPARE(dec(account[QStringLiteral("accountEquity")]),
                                 expected.rounded(8));
                        QCOMPARE(dec(account[QStringLiteral("accountMaintMargin")]),
                                 dec(wallet[QStringLiteral("maintainMargin")]));
                    }
                    if (type != u"SPOT" && !holdings->enableMargin &&
                        holdings->role != MemberRole::Credit)
                        expected = Decimal();
                    QVERIFY2(netEquity == expected.rounded(8),
                             qPrintable(QStringLiteral("%1 %2: ltv-details %3, composition %4")
                                            .arg(email, type, netEquity.toString(),
                                                 expected.rounded(8).toString())));
                    ++wallets;
                }
            }
        }
        QCOMPARE(wallets, 14);
    }

    void v3CarriesTheSameBalancesAsNumbers() {
        SimExchange exchange(frozen(QStringLiteral("calm")), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        const QByteArray query = "email=collateral.alpha1%40loandesk.test";
        const QJsonObject v4 = client.get(AssetsV4, exchange.parentCredentials(), query)
                                   .json()[QStringLiteral("balances")]
                                   .toArray()
                                   .at(0)
                                   .toObject();
        const QJsonObject v3 = client.get(AssetsV3, exchange.parentCredentials(), query)
                                   .json()[QStringLiteral("balances")]
                                   .toArray()
                                   .at(0)
                                   .toObject();
        QCOMPARE(v4.value(QStringLiteral("asset")).toString(), QStringLiteral("BTC"));
        QCOMPARE(v4.value(QStringLiteral("free")).toString(), QStringLiteral("3.00000000"));
        QCOMPARE(v4.value(QStringLiteral("locked")).toString(), QStringLiteral("0.50000000"));
        QVERIFY(v3.value(QStringLiteral("free")).isDouble());
        QCOMPARE(v3.value(QStringLiteral("locked")).toDouble(), 0.5);
        // An email outside the parent's sub-accounts.
        const SimTestClient::Reply stranger =
            client.get(AssetsV4, exchange.parentCredentials(), "email=someone%40else.test");
        QCOMPARE(stranger.status, 400);
        QCOMPARE(stranger.code(), -9000);
        QCOMPARE(client.get(AssetsV4, exchange.parentCredentials()).code(), -1102);
    }

    void marginAccountIdentities() {
        SimExchange exchange(frozen(QStringLiteral("calm")), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        const ApiCredentials parent = exchange.parentCredentials();
        // collateral.alpha1: 200 ETH, 20 012.5 USDT free against a 20 000 USDT loan + 12.5
        // interest.
        QJsonObject a = client.get(MarginAccount, parent, "email=collateral.alpha1%40loandesk.test")
                            .json()
                            .object();
        QCOMPARE(a.value(QStringLiteral("email")).toString(),
                 QStringLiteral("collateral.alpha1@loandesk.test"));
        const QJsonArray list = a.value(QStringLiteral("marginUserAssetVoList")).toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &row : list)
            QCOMPARE(dec(row[QStringLiteral("netAsset")]),
                     dec(row[QStringLiteral("free")]) + dec(row[QStringLiteral("locked")]) -
                         dec(row[QStringLiteral("borrowed")]) -
                         dec(row[QStringLiteral("interest")]));
        QCOMPARE(list.at(1)[QStringLiteral("asset")].toString(), QStringLiteral("USDT"));
        QCOMPARE(list.at(1)[QStringLiteral("netAsset")].toString(), QStringLiteral("0.00000000"));
        // Asset 700 000 + 20 012.5 USD, liability 20 012.5 USD, in BTC at 65 000.
        QCOMPARE(a.value(QStringLiteral("totalAssetOfBtc")).toString(),
                 QStringLiteral("11.07711538"));
        QCOMPARE(a.value(QStringLiteral("totalLiabilityOfBtc")).toString(),
                 QStringLiteral("0.30788462"));
        QCOMPARE(dec(a.value(QStringLiteral("totalNetAssetOfBtc"))),
                 dec(a.value(QStringLiteral("totalAssetOfBtc"))) -
                     dec(a.value(QStringLiteral("totalLiabilityOfBtc"))));
        QCOMPARE(a.value(QStringLiteral("marginLevel")).toString(), QStringLiteral("35.97813866"));
        // Without a liability the level is "999".
        a = client.get(MarginAccount, parent, "email=collateral.beta1%40loandesk.test")
                .json()
                .object();
        QCOMPARE(a.value(QStringLiteral("marginLevel")).toString(), QStringLiteral("999"));
        QCOMPARE(a.value(QStringLiteral("totalAssetOfBtc")).toString(),
                 QStringLiteral("4.00000000"));
        // A Portfolio Margin member has no classic cross-margin account.
        const SimTestClient::Reply pm =
            client.get(MarginAccount, parent, "email=collateral.alpha2%40loandesk.test");
        QCOMPARE(pm.code(), -3003);
    }

    void papiOnlyWithTheMembersOwnKey() {
        SimExchange exchange(frozen(QStringLiteral("calm")), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        const ApiCredentials alpha2 =
            exchange.memberCredentials(QStringLiteral("collateral.alpha2@loandesk.test"));
        const ApiCredentials beta2 =
            exchange.memberCredentials(QStringLiteral("collateral.beta2@loandesk.test"));
        QVERIFY(!alpha2.apiKey.isEmpty() && !beta2.apiKey.isEmpty());
        QVERIFY(exchange.memberCredentials(QStringLiteral("collateral.alpha1@loandesk.test"))
                    .apiKey.isEmpty());

        // The parent key cannot read a member's PM balances.
        const SimTestClient::Reply parent = client.get(PapiBalance, exchange.parentCredentials());
        QCOMPARE(parent.status, 401);
        QCOMPARE(parent.code(), -1002);
        // Each member key reads its own account.
        QJsonArray rows = client.get(PapiBalance, alpha2).json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("asset")].toString(), QStringLiteral("SOL"));
        QCOMPARE(rows.at(0)[QStringLiteral("crossMarginFree")].toString(),
                 QStringLiteral("5375.00000000"));
        QVERIFY(rows.at(0)[QStringLiteral("updateTime")].isDouble());
        rows = client.get(PapiBalance, beta2).json().array();
        QCOMPARE(rows.size(), 3); // BNB, USDC, USDT
        QCOMPARE(rows.at(2)[QStringLiteral("crossMarginBorrowed")].toString(),
                 QStringLiteral("10000.00000000"));
        QCOMPARE(rows.at(2)[QStringLiteral("negativeBalance")].toString(),
                 QStringLiteral("10000.00000000"));
        // asset= gives one object.
        const QJsonObject one = client.get(PapiBalance, beta2, "asset=BNB").json().object();
        QCOMPARE(one.value(QStringLiteral("crossMarginLocked")).toString(),
                 QStringLiteral("20.00000000"));
        QCOMPARE(one.value(QStringLiteral("totalWalletBalance")).toString(),
                 QStringLiteral("800.00000000"));

        // A member key may read the ratio tables and prices, and nothing of the loan.
        QCOMPARE(client.get(PmRate, alpha2).status, 200);
        QCOMPARE(client.sendRaw("GET", CrossRatio, alpha2.apiKey.toUtf8()).status, 200);
        for (const QByteArray &path : {LtvDetails, AssetsV4, MarginAccount}) {
            const SimTestClient::Reply r =
                client.get(path, alpha2, "email=collateral.alpha2%40loandesk.test");
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), -2015);
        }
        QCOMPARE(client.post(Borrow, alpha2, "assetName=USDT&amount=1").code(), -2015);
        // A credit key whose own margin wallet is PM reads its own account; a cross one cannot.
        QCOMPARE(client.get(PapiAccount, exchange.creditCredentials(10001)).status, 200);
        QCOMPARE(client.get(PapiAccount, exchange.creditCredentials(10002)).code(), -2015);
        // /papi is signed like every USER_DATA endpoint.
        QCOMPARE(
            client.sendRaw("GET", PapiBalance + '?' + client.timestamp(), alpha2.apiKey.toUtf8())
                .code(),
            -1102);
    }

    void tickerWeightsAndSymbols() {
        SimExchange exchange(frozen(QStringLiteral("calm")), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        const auto used = [](const SimTestClient::Reply &r) {
            return r.header("X-MBX-USED-WEIGHT-1M").toInt();
        };
        SimTestClient::Reply r = client.sendRaw("GET", Ticker + "?symbol=BTCUSDT", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("price")].toString(), QStringLiteral("65000.00000000"));
        QCOMPARE(used(r), 2);
        r = client.sendRaw(
            "GET", Ticker + "?symbols=%5B%22BTCUSDT%22,%22NOPEUSDT%22,%22USDCUSDT%22%5D", {});
        QCOMPARE(used(r), 6);
        QCOMPARE(r.json().array().size(), 2); // the unknown symbol is left out
        QCOMPARE(r.json().array().at(1)[QStringLiteral("symbol")].toString(),
                 QStringLiteral("USDCUSDT"));
        r = client.sendRaw("GET", Ticker, {});
        QCOMPARE(used(r), 10);
        QCOMPARE(r.json().array().size(), 5); // every market asset but USDT
        r = client.sendRaw("GET", Ticker + "?symbol=NOPEUSDT", {});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), -1121);
        QCOMPARE(used(r), 12);
        QCOMPARE(client.sendRaw("GET", Ticker + "?symbol=BTCUSDT&symbols=%5B%22BTCUSDT%22%5D", {})
                     .code(),
                 -1128);
        // /api/v3/time shares the same /api weight.
        QCOMPARE(used(client.sendRaw("GET", "/api/v3/time", {})), 15);
        // MARKET_DATA needs the key but no signature.
        QCOMPARE(client.sendRaw("GET", CrossRatio, {}).code(), -2014);
        r = client.sendRaw("GET", CrossRatio, exchange.parentCredentials().apiKey.toUtf8());
        QCOMPARE(r.header("X-SAPI-USED-IP-WEIGHT-1M").toInt(), 100);
    }

    void ratioTablesAsDocumented() {
        SimExchange exchange(frozen(QStringLiteral("calm")), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        const QJsonArray cross =
            client.sendRaw("GET", CrossRatio, exchange.parentCredentials().apiKey.toUtf8())
                .json()
                .array();
        // BTC and ETH share a table; the top tier has no maxUsdValue.
        const QJsonObject first = cross.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("assetNames")).toArray(),
                 (QJsonArray{QStringLiteral("BTC"), QStringLiteral("ETH")}));
        const QJsonArray tiers = first.value(QStringLiteral("collaterals")).toArray();
        QCOMPARE(tiers.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("minUsdValue"), QStringLiteral("0")},
                              {QStringLiteral("maxUsdValue"), QStringLiteral("5000000")},
                              {QStringLiteral("discountRate"), QStringLiteral("0.95")}}));
        QVERIFY(!tiers.at(2).toObject().contains(QStringLiteral("maxUsdValue")));
        // PM SOL: cum_2 = 300 000 × (0.9 − 0.8); cum_3 = 30 000 + 2 000 000 × (0.8 − 0.5).
        const QJsonArray pm = client.get(PmRate, exchange.parentCredentials()).json().array();
        QJsonArray sol;
        for (const QJsonValue &a : pm) {
            if (a[QStringLiteral("asset")].toString() == u"SOL")
                sol = a[QStringLiteral("collateralInfo")].toArray();
        }
        QCOMPARE(sol.size(), 3);
        QCOMPARE(sol.at(0)[QStringLiteral("cum")].toString(), QStringLiteral("0.0000"));
        QCOMPARE(sol.at(1)[QStringLiteral("tierFloor")].toString(), QStringLiteral("300000.0000"));
        QCOMPARE(sol.at(1)[QStringLiteral("collateralRate")].toString(), QStringLiteral("0.8000"));
        QCOMPARE(sol.at(1)[QStringLiteral("cum")].toString(), QStringLiteral("30000.0000"));
        QCOMPARE(sol.at(2)[QStringLiteral("cum")].toString(), QStringLiteral("630000.0000"));
        QVERIFY(!sol.at(2).toObject().contains(QStringLiteral("tierCap")));
        // Signed, like every USER_DATA endpoint.
        QCOMPARE(client.sendRaw("GET", PmRate, exchange.parentCredentials().apiKey.toUtf8()).code(),
                 -1102);
    }

    void businessDataFaults() {
        SimExchange exchange(frozen(QStringLiteral("calm")), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        const ApiCredentials parent = exchange.parentCredentials();
        const QByteArray alpha1 = "email=collateral.alpha1%40loandesk.test";
        FaultInjector &faults = *exchange.faults();
        const auto firstBalance = [&](const QByteArray &path) {
            return client.get(path, parent, alpha1).json()[QStringLiteral("balances")].toArray();
        };

        faults.addOnce(QStringLiteral("assets"), FaultInjector::Kind::MissingAsset);
        QJsonArray rows = firstBalance(AssetsV4);
        QCOMPARE(rows.size(), 2); // BTC and ETH
        QVERIFY(!rows.at(0).toObject().contains(QStringLiteral("asset")));
        QVERIFY(firstBalance(AssetsV4).at(0).toObject().contains(QStringLiteral("asset")));

        QVERIFY(faults.addFromSpec(
            QStringLiteral("/sapi/v3/sub-account/assets:negative-balance::once")));
        QCOMPARE(firstBalance(AssetsV3).at(0)[QStringLiteral("free")].toDouble(), -3.0);

        faults.addOnce(QStringLiteral("account"), FaultInjector::Kind::NegativeBalance);
        const QJsonArray margin = client.get(MarginAccount, parent, alpha1)
                                      .json()[QStringLiteral("marginUserAssetVoList")]
                                      .toArray();
        QCOMPARE(margin.at(0)[QStringLiteral("free")].toString(), QStringLiteral("-200.00000000"));

        faults.addOnce(QStringLiteral("balance"), FaultInjector::Kind::UnknownAsset);
        rows =
            client
                .get(PapiBalance,
                     exchange.memberCredentials(QStringLiteral("collateral.alpha2@loandesk.test")))
                .json()
                .array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1)[QStringLiteral("asset")].toString(), QStringLiteral("FDUSD"));

        faults.addPersistent(QStringLiteral("price"), FaultInjector::Kind::UnpricedAsset);
        rows = client.sendRaw("GET", Ticker, {}).json().array();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue &row : rows)
            QVERIFY(row[QStringLiteral("symbol")].toString() != u"BTCUSDT");
        QCOMPARE(client.sendRaw("GET", Ticker + "?symbol=BTCUSDT", {}).code(), -1121);
        QCOMPARE(client.sendRaw("GET", Ticker + "?symbol=ETHUSDT", {}).status, 200);
        faults.clear();

        faults.addOnce(QStringLiteral("crossMarginCollateralRatio"), FaultInjector::Kind::TierGap);
        const QJsonArray groups =
            client.sendRaw("GET", CrossRatio, parent.apiKey.toUtf8()).json().array();
        const QJsonArray tiers = groups.at(0)[QStringLiteral("collaterals")].toArray();
        QCOMPARE(tiers.size(), 2);
        QCOMPARE(tiers.at(0)[QStringLiteral("maxUsdValue")].toString(), QStringLiteral("5000000"));
        QCOMPARE(tiers.at(1)[QStringLiteral("minUsdValue")].toString(), QStringLiteral("20000000"));

        // The generic faults apply to the new paths too.
        faults.addOnce(QStringLiteral("/papi/v1/account"), FaultInjector::Kind::HtmlErrorPage);
        const SimTestClient::Reply html =
            client.get(PapiAccount, exchange.creditCredentials(10001));
        QCOMPARE(html.status, 502);
        QVERIFY(html.body.contains("<html>"));
    }

    void tierBoundaryHandComputed() {
        // The exchange FAQ's example: 6 000 BTC at 20 000 under 100 % to 100 M, 97.5 % above.
        const RatioTable faq{{Decimal(), dec("100000000"), Decimal::fromInt(1)},
                             {dec("100000000"), std::nullopt, dec("0.975")}};
        QCOMPARE(Valuation::collateralValue(faq, dec("120000000")), dec("119500000"));
        QCOMPARE(Valuation::cumulative(faq).at(1), dec("2500000"));

        // calm's collateral.alpha2 holds 5 375 SOL on PM: 806 250 USD at 150 crosses the
        // 300 000 floor: 300 000 × 0.9 + 506 250 × 0.8 = 675 000.
        SimExchange exchange(frozen(QStringLiteral("calm")), 1);
        QVERIFY(exchange.listen());
        SimTestClient client(exchange);
        const ApiCredentials alpha2 =
            exchange.memberCredentials(QStringLiteral("collateral.alpha2@loandesk.test"));
        QJsonObject account = client.get(PapiAccount, alpha2).json().object();
        QCOMPARE(account.value(QStringLiteral("accountEquity")).toString(),
                 QStringLiteral("675000.00000000"));
        QCOMPARE(account.value(QStringLiteral("actualEquity")).toString(),
                 QStringLiteral("806250.00000000"));
        QCOMPARE(exchange.riskUnit(10001).members.at(2).wallets.at(1).netEquity, dec("675000"));
        // At 40 the value (215 000) is under the floor: all of it at 0.9.
        exchange.engine().setPrice(QStringLiteral("SOL"), dec("40"));
        QCOMPARE(exchange.riskUnit(10001).members.at(2).wallets.at(1).netEquity, dec("193500"));
        // At 400 (2 150 000) it reaches the third tier: 270 000 + 1 700 000 × 0.8 + 150 000 × 0.5.
        exchange.engine().setPrice(QStringLiteral("SOL"), dec("400"));
        QCOMPARE(exchange.riskUnit(10001).members.at(2).wallets.at(1).netEquity, dec("1705000"));
        account = client.get(PapiAccount, alpha2).json().object();
        QCOMPARE(account.value(QStringLiteral("accountEquity")).toString(),
                 QStringLiteral("1705000.00000000"));
    }
};

QTEST_GUILESS_MAIN(tst_CollateralEndpoints)
#include "tst_collateralendpoints.moc"
