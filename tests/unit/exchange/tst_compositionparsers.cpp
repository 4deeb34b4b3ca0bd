#include "compositionexamples.h"
#include "jsonedit.h"
#include "testhelpers.h"

#include "exchange/crossmarginaccountparser.h"
#include "exchange/crossmarginratioparser.h"
#include "exchange/jsonbody.h"
#include "exchange/portfolioaccountparser.h"
#include "exchange/portfoliobalanceparser.h"
#include "exchange/portfoliocollateralrateparser.h"
#include "exchange/subaccountassetsparser.h"
#include "exchange/tickerpriceparser.h"

#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;
namespace ex = loandesk::examples;

namespace {

// Runs the parser named `endpoint` on `body`; returns the error message, empty when it parsed.
QString parseError(const QString &endpoint, const QByteArray &body) {
    auto message = [](const auto &result) {
        return result.ok() ? QString() : result.error().message;
    };
    if (endpoint == u"spot")
        return message(JsonBody::parse(&SubAccountAssetsParser::parse, body));
    if (endpoint == u"margin")
        return message(JsonBody::parse(&CrossMarginAccountParser::parse, body));
    if (endpoint == u"papi-balance")
        return message(JsonBody::parse(&PortfolioBalanceParser::parse, body));
    if (endpoint == u"papi-account")
        return message(JsonBody::parse(&PortfolioAccountParser::parse, body));
    if (endpoint == u"cross-ratio")
        return message(JsonBody::parse(&CrossMarginRatioParser::parse, body));
    if (endpoint == u"pm-rate")
        return message(JsonBody::parse(&PortfolioCollateralRateParser::parse, body));
    if (endpoint == u"ticker")
        return message(JsonBody::parse(&TickerPriceParser::parse, body));
    qFatal("unknown endpoint in test");
}

CollateralTier tier(const char *floor, std::optional<const char *> cap, const char *rate) {
    return {dec(floor), cap ? std::optional<Decimal>(dec(*cap)) : std::nullopt, dec(rate)};
}

const QByteArray Html =
    QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");

} // namespace

// The composition endpoints' parsers on the documented examples, and every kind of bad input a
// desk could meet: each gets its own message naming the field and the asset.
class tst_CompositionParsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spotV4Example();
    void spotV3NumbersReadTheSame();
    void spotWithoutFreezeFields();
    void marginAccountExample();
    void portfolioBalanceArrayAndSingleObject();
    void portfolioBalanceNegativePnlIsKept();
    void portfolioAccountFields();
    void crossMarginRatioGroups();
    void crossMarginRatioGapIsKeptForTheValueToReport();
    void portfolioTieredRateIgnoresCum();
    void tickerPrices();
    void badInput_data();
    void badInput();
};

void tst_CompositionParsers::spotV4Example() {
    const auto r = JsonBody::parse(&SubAccountAssetsParser::parse, ex::SubAccountAssetsV4);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().size(), 1);
    const SpotBalance &b = r.value().first();
    QCOMPARE(b.asset, QStringLiteral("BTC"));
    QCOMPARE(b.free, dec("11467.6399"));
    QCOMPARE(b.locked, dec("0"));
    QCOMPARE(b.freeze, dec("0"));
    QCOMPARE(b.withdrawing, dec("0"));
}

void tst_CompositionParsers::spotV3NumbersReadTheSame() {
    const auto v3 = JsonBody::parse(&SubAccountAssetsParser::parse, ex::SubAccountAssetsV3);
    QVERIFY2(v3.ok(), qPrintable(v3.error().message));
    const auto v4 = JsonBody::parse(&SubAccountAssetsParser::parse, ex::SubAccountAssetsV4);
    QCOMPARE(v3.value(), v4.value());
    // 8 decimals survive the double a JSON number becomes
    const QByteArray fine =
        edit(ex::SubAccountAssetsV3, QStringLiteral("balances.0.free"), 0.12345678);
    QCOMPARE(JsonBody::parse(&SubAccountAssetsParser::parse, fine).value().first().free,
             dec("0.12345678"));
}

void tst_CompositionParsers::spotWithoutFreezeFields() {
    QByteArray body = edit(ex::SubAccountAssetsV4, QStringLiteral("balances.0.freeze"), Removed);
    body = edit(body, QStringLiteral("balances.0.withdrawing"), Removed);
    const auto r = JsonBody::parse(&SubAccountAssetsParser::parse, body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().first().freeze, dec("0"));
    QCOMPARE(r.value().first().free, dec("11467.6399"));
    // a sub-account without any asset
    const auto empty = JsonBody::parse(&SubAccountAssetsParser::parse, "{\"balances\":[]}");
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
}

void tst_CompositionParsers::marginAccountExample() {
    const auto r = JsonBody::parse(&CrossMarginAccountParser::parse, ex::MarginAccount);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const CrossMarginAccount &a = r.value();
    QCOMPARE(a.marginLevel, dec("11.64405625"));
    QCOMPARE(a.totalAssetOfBtc, dec("6.82728457"));
    QCOMPARE(a.totalLiabilityOfBtc, dec("0.58633215"));
    QCOMPARE(a.totalNetAssetOfBtc, dec("6.24095242"));
    QCOMPARE(a.assets.size(), 1);
    const CrossMarginAsset &bnb = a.assets.first();
    QCOMPARE(bnb.asset, QStringLiteral("BNB"));
    QCOMPARE(bnb.free, dec("2346.5"));
    QCOMPARE(bnb.borrowed, dec("201.66666672"));
    QCOMPARE(bnb.interest, dec("0"));
    QCOMPARE(bnb.locked, dec("0"));
    QCOMPARE(bnb.netAsset, dec("2144.83333328"));
    // the documented identity holds on what was read
    QCOMPARE(bnb.free + bnb.locked - bnb.borrowed - bnb.interest, bnb.netAsset);

    // no margin trading yet: no list, "999" level
    QByteArray fresh = edit(ex::MarginAccount, QStringLiteral("marginUserAssetVoList"), Removed);
    fresh = edit(fresh, QStringLiteral("marginLevel"), QStringLiteral("999"));
    const auto none = JsonBody::parse(&CrossMarginAccountParser::parse, fresh);
    QVERIFY2(none.ok(), qPrintable(none.error().message));
    QVERIFY(none.value().assets.isEmpty());
    QCOMPARE(none.value().marginLevel, dec("999"));
}

void tst_CompositionParsers::portfolioBalanceArrayAndSingleObject() {
    const auto r = JsonBody::parse(&PortfolioBalanceParser::parse, ex::PortfolioBalance);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().size(), 1);
    const PortfolioBalance &b = r.value().first();
    QCOMPARE(b.asset, QStringLiteral("BTC"));
    QCOMPARE(b.totalWalletBalance, dec("100"));
    QCOMPARE(b.crossMarginAsset, dec("100"));
    QCOMPARE(b.crossMarginFree, dec("100"));
    QCOMPARE(b.updateTimeMs, 0);

    // with ?asset= the exchange answers one object, not an array
    const QByteArray one =
        edit(ex::PortfolioBalance, QStringLiteral("0.asset"), QStringLiteral("ETH"));
    const QByteArray object = one.mid(1, one.size() - 2);
    const auto single = JsonBody::parse(&PortfolioBalanceParser::parse, object);
    QVERIFY2(single.ok(), qPrintable(single.error().message));
    QCOMPARE(single.value().size(), 1);
    QCOMPARE(single.value().first().asset, QStringLiteral("ETH"));
}

void tst_CompositionParsers::portfolioBalanceNegativePnlIsKept() {
    QByteArray body =
        edit(ex::PortfolioBalance, QStringLiteral("0.umUnrealizedPNL"), QStringLiteral("-12.5"));
    body = edit(body, QStringLiteral("0.cmWalletBalance"), QStringLiteral("-0.25"));
    body = edit(body, QStringLiteral("0.updateTime"), 1700000000123.0);
    const auto r = JsonBody::parse(&PortfolioBalanceParser::parse, body);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().first().umUnrealizedPNL, dec("-12.5"));
    QCOMPARE(r.value().first().cmWalletBalance, dec("-0.25"));
    QCOMPARE(r.value().first().updateTimeMs, 1700000000123);
}

void tst_CompositionParsers::portfolioAccountFields() {
    const auto r = JsonBody::parse(&PortfolioAccountParser::parse, ex::PortfolioAccount);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const PortfolioAccount &a = r.value();
    QCOMPARE(a.uniMMR, dec("5167.92171923"));
    QCOMPARE(a.accountEquity, dec("122607.35137903"));
    QCOMPARE(a.actualEquity, dec("73.47428058"));
    QCOMPARE(a.accountInitialMargin, dec("23.72469206"));
    QCOMPARE(a.accountMaintMargin, dec("23.72469206"));
    QCOMPARE(a.accountStatus, QStringLiteral("NORMAL"));
    QCOMPARE(a.updateTimeMs, 1657707212154);
}

void tst_CompositionParsers::crossMarginRatioGroups() {
    const auto r = JsonBody::parse(&CrossMarginRatioParser::parse, ex::CrossMarginRatio);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const QHash<QString, TieredRatio> &ratios = r.value();
    QCOMPARE(ratios.size(), 5);
    const QList<CollateralTier> bnx = {tier("0", "13000000", "1"),
                                       tier("13000000", "20000000", "0.975"),
                                       tier("20000000", std::nullopt, "0")};
    QCOMPARE(ratios.value(QStringLiteral("BNX")).tiers(), bnx);
    // every asset of a group gets the group's table
    for (const char *asset : {"BTC", "BUSD", "ETH", "USDT"}) {
        const TieredRatio ratio = ratios.value(QLatin1String(asset));
        QCOMPARE(ratio.tiers(), QList<CollateralTier>{tier("0", std::nullopt, "1")});
    }
    QVERIFY(!ratios.contains(QStringLiteral("SOL")));
    // applied as marginal slices: 15 M of BNX is 13 M × 1 + 2 M × 0.975
    QCOMPARE(ratios.value(QStringLiteral("BNX")).collateralValue(dec("15000000")),
             std::optional<Decimal>(dec("14950000")));
}

void tst_CompositionParsers::crossMarginRatioGapIsKeptForTheValueToReport() {
    // 13 M–15 M is covered by no tier: the table is kept, and the value that falls there is
    // the one reported (TieredRatio gives no collateral value for it).
    const QByteArray gap = edit(ex::CrossMarginRatio, QStringLiteral("0.collaterals.1.minUsdValue"),
                                QStringLiteral("15000000"));
    const auto r = JsonBody::parse(&CrossMarginRatioParser::parse, gap);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const TieredRatio bnx = r.value().value(QStringLiteral("BNX"));
    QCOMPARE(bnx.collateralValue(dec("14000000")), std::nullopt);
    QCOMPARE(bnx.collateralValue(dec("12000000")), std::optional<Decimal>(dec("12000000")));
}

void tst_CompositionParsers::portfolioTieredRateIgnoresCum() {
    const auto r = JsonBody::parse(&PortfolioCollateralRateParser::parse, ex::PortfolioTieredRate);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().size(), 1);
    const QList<CollateralTier> bnb = {tier("0", "1000", "1"), tier("1000", "2000", "0.9")};
    QCOMPARE(r.value().value(QStringLiteral("BNB")).tiers(), bnb);
    // the doc's placeholder cum (0 where 100 would be consistent) changes nothing: the client
    // slices the value itself, 1 500 → 1 000 + 500 × 0.9
    QCOMPARE(r.value().value(QStringLiteral("BNB")).collateralValue(dec("1500")),
             std::optional<Decimal>(dec("1450")));
    // an uncapped top tier: tierCap absent, null or ""
    for (const QJsonValue &cap : {Removed, QJsonValue(QJsonValue::Null), QJsonValue(QString())}) {
        const QByteArray open =
            edit(ex::PortfolioTieredRate, QStringLiteral("0.collateralInfo.1.tierCap"), cap);
        const auto o = JsonBody::parse(&PortfolioCollateralRateParser::parse, open);
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        QCOMPARE(o.value().value(QStringLiteral("BNB")).tiers().last().capUsd, std::nullopt);
    }
}

void tst_CompositionParsers::tickerPrices() {
    const auto many = JsonBody::parse(&TickerPriceParser::parse, ex::TickerPrices);
    QVERIFY2(many.ok(), qPrintable(many.error().message));
    QCOMPARE(many.value().size(), 2);
    QCOMPARE(many.value().value(QStringLiteral("BTCUSDT")), dec("97123.45"));
    QCOMPARE(many.value().value(QStringLiteral("ETHUSDT")), dec("3520.1"));
    const auto one = JsonBody::parse(&TickerPriceParser::parse, ex::TickerPriceOne);
    QVERIFY2(one.ok(), qPrintable(one.error().message));
    QCOMPARE(one.value().value(QStringLiteral("LTCBTC")), dec("4.000002"));
    // a symbol the exchange left out is simply absent
    QVERIFY(!many.value().contains(QStringLiteral("SOLUSDT")));
    QVERIFY(JsonBody::parse(&TickerPriceParser::parse, "[]").value().isEmpty());
}

void tst_CompositionParsers::badInput_data() {
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    auto row = [](const char *name, const char *endpoint, const QByteArray &body,
                  const char *error) {
        QTest::newRow(name) << QString::fromLatin1(endpoint) << body << QString::fromUtf8(error);
    };
    auto path = [](const char *p) { return QString::fromLatin1(p); };

    // Generic: what is not JSON is named as such, whichever endpoint.
    row("spot HTML page", "spot", Html, "HTML page instead of JSON: \"502 Bad Gateway\"");
    row("spot truncated", "spot", ex::SubAccountAssetsV4.left(60),
        "truncated JSON: cut off at byte 60");
    row("spot v3 as printed (trailing comma)", "spot", ex::SubAccountAssetsV3AsPrinted,
        "malformed JSON: trailing comma at byte 85 of 88");
    row("PM flat rate as printed (trailing comma)", "pm-rate", ex::PortfolioFlatRateAsPrinted,
        "malformed JSON: trailing comma at byte 86 of 88");
    row("ticker empty body", "ticker", QByteArray(),
        "ticker/price: expected an array, got an "
        "empty body");

    const QByteArray &spot = ex::SubAccountAssetsV4;
    row("spot asset missing", "spot", edit(spot, path("balances.0.asset"), Removed),
        "sub-account/assets.balances[0]: entry without \"asset\"");
    row("spot asset null", "spot", edit(spot, path("balances.0.asset"), QJsonValue::Null),
        "sub-account/assets.balances[0]: entry without \"asset\"");
    row("spot asset empty", "spot", edit(spot, path("balances.0.asset"), QString()),
        "sub-account/assets.balances[0].asset: empty");
    row("spot asset number", "spot", edit(spot, path("balances.0.asset"), 7),
        "sub-account/assets.balances[0].asset: expected a string, got a number");
    row("spot negative free", "spot", edit(spot, path("balances.0.free"), QStringLiteral("-1.5")),
        "sub-account/assets.balances[0].free: negative balance of BTC: -1.5");
    row("spot negative locked (v3 number)", "spot",
        edit(ex::SubAccountAssetsV3, path("balances.0.locked"), -2),
        "sub-account/assets.balances[0].locked: negative balance of BTC: -2");
    row("spot negative freeze", "spot", edit(spot, path("balances.0.freeze"), QStringLiteral("-1")),
        "sub-account/assets.balances[0].freeze: negative balance of BTC: -1");
    row("spot free not decimal", "spot", edit(spot, path("balances.0.free"), QStringLiteral("1,5")),
        "sub-account/assets.balances[0].free: not a decimal number: \"1,5\"");
    row("spot free boolean", "spot", edit(spot, path("balances.0.free"), true),
        "sub-account/assets.balances[0].free: expected a decimal, got a boolean");
    row("spot free missing", "spot", edit(spot, path("balances.0.free"), Removed),
        "sub-account/assets.balances[0].free: missing");
    row("spot asset twice", "spot",
        edit(spot, path("balances.1"),
             QJsonObject{{QStringLiteral("asset"), QStringLiteral("BTC")},
                         {QStringLiteral("free"), QStringLiteral("1")},
                         {QStringLiteral("locked"), QStringLiteral("0")}}),
        "sub-account/assets.balances[1].asset: BTC listed twice");
    row("spot balances missing", "spot", QByteArray("{}"), "sub-account/assets.balances: missing");
    row("spot balances object", "spot", QByteArray(R"({"balances":{"asset":"BTC"}})"),
        "sub-account/assets.balances: expected an array, got an object");
    row("spot root array", "spot", QByteArray("[]"),
        "sub-account/assets: expected an object, got an array");
    row("spot entry string", "spot", QByteArray(R"({"balances":["BTC"]})"),
        "sub-account/assets.balances[0]: expected an object, got a string");

    const QByteArray &margin = ex::MarginAccount;
    row("margin total missing", "margin", edit(margin, path("totalAssetOfBtc"), Removed),
        "margin/account.totalAssetOfBtc: missing");
    row("margin asset missing", "margin",
        edit(margin, path("marginUserAssetVoList.0.asset"), Removed),
        "margin/account.marginUserAssetVoList[0]: entry without \"asset\"");
    row("margin negative borrowed", "margin",
        edit(margin, path("marginUserAssetVoList.0.borrowed"), QStringLiteral("-201.66666672")),
        "margin/account.marginUserAssetVoList[0].borrowed: negative balance of BNB: -201.66666672");
    row("margin negative free", "margin",
        edit(margin, path("marginUserAssetVoList.0.free"), QStringLiteral("-1")),
        "margin/account.marginUserAssetVoList[0].free: negative balance of BNB: -1");
    row("margin netAsset junk", "margin",
        edit(margin, path("marginUserAssetVoList.0.netAsset"), QStringLiteral("lots")),
        "margin/account.marginUserAssetVoList[0].netAsset: not a decimal number: \"lots\"");
    row("margin list object", "margin", edit(margin, path("marginUserAssetVoList"), QJsonObject()),
        "margin/account.marginUserAssetVoList: expected an array, got an object");
    row("margin root array", "margin", QByteArray("[]"),
        "margin/account: expected an object, got an array");

    const QByteArray &papi = ex::PortfolioBalance;
    row("papi asset missing", "papi-balance", edit(papi, path("0.asset"), Removed),
        "papi/balance[0]: entry without \"asset\"");
    row("papi negative cross free", "papi-balance",
        edit(papi, path("0.crossMarginFree"), QStringLiteral("-100")),
        "papi/balance[0].crossMarginFree: negative balance of BTC: -100");
    row("papi um wallet junk", "papi-balance",
        edit(papi, path("0.umWalletBalance"), QStringLiteral("N/A")),
        "papi/balance[0].umWalletBalance: not a decimal number: \"N/A\"");
    row("papi updateTime missing", "papi-balance", edit(papi, path("0.updateTime"), Removed),
        "papi/balance[0].updateTime: missing");
    row("papi asset twice", "papi-balance",
        edit(papi, path("1"), QJsonDocument::fromJson(papi).array().at(0)),
        "papi/balance[1].asset: BTC listed twice");
    row("papi root string", "papi-balance", QByteArray("\"BTC\""),
        "papi/balance: expected an array, got a string");
    row("papi account equity missing", "papi-account",
        edit(ex::PortfolioAccount, path("accountEquity"), Removed),
        "papi/account.accountEquity: missing");
    row("papi account status number", "papi-account",
        edit(ex::PortfolioAccount, path("accountStatus"), 1),
        "papi/account.accountStatus: expected a string, got a number");

    const QByteArray &cross = ex::CrossMarginRatio;
    row("cross root object", "cross-ratio", QByteArray("{}"),
        "crossMarginCollateralRatio: expected an array, got an object");
    row("cross rate above 1", "cross-ratio",
        edit(cross, path("0.collaterals.1.discountRate"), QStringLiteral("1.5")),
        "crossMarginCollateralRatio[0].collaterals[1].discountRate: 1.5 is not a ratio between 0 "
        "and 1");
    row("cross rate negative", "cross-ratio",
        edit(cross, path("0.collaterals.0.discountRate"), QStringLiteral("-0.1")),
        "crossMarginCollateralRatio[0].collaterals[0].discountRate: -0.1 is not a ratio between 0 "
        "and 1");
    row("cross rate missing", "cross-ratio",
        edit(cross, path("1.collaterals.0.discountRate"), Removed),
        "crossMarginCollateralRatio[1].collaterals[0].discountRate: missing");
    row("cross rate junk", "cross-ratio",
        edit(cross, path("1.collaterals.0.discountRate"), QStringLiteral("full")),
        "crossMarginCollateralRatio[1].collaterals[0].discountRate: not a decimal number: "
        "\"full\"");
    row("cross min negative", "cross-ratio",
        edit(cross, path("0.collaterals.0.minUsdValue"), QStringLiteral("-1")),
        "crossMarginCollateralRatio[0].collaterals[0].minUsdValue: negative: -1");
    row("cross cap below floor", "cross-ratio",
        edit(cross, path("0.collaterals.1.maxUsdValue"), QStringLiteral("12000000")),
        "crossMarginCollateralRatio[0].collaterals[1].maxUsdValue: 12000000 is not above "
        "minUsdValue 13000000");
    row("cross tiers overlap", "cross-ratio",
        edit(cross, path("0.collaterals.0.maxUsdValue"), QStringLiteral("14000000")),
        "crossMarginCollateralRatio[0].collaterals: tiers overlap between 13000000 and 14000000");
    row("cross uncapped tier below another", "cross-ratio",
        edit(cross, path("0.collaterals.0.maxUsdValue"), Removed),
        "crossMarginCollateralRatio[0].collaterals: the tier from 0 has no cap but the tier from "
        "13000000 lies above it");
    row("cross no tiers", "cross-ratio", edit(cross, path("1.collaterals"), QJsonArray()),
        "crossMarginCollateralRatio[1].collaterals: no tiers");
    row("cross collaterals missing", "cross-ratio", edit(cross, path("1.collaterals"), Removed),
        "crossMarginCollateralRatio[1].collaterals: missing");
    row("cross assetNames missing", "cross-ratio", edit(cross, path("1.assetNames"), Removed),
        "crossMarginCollateralRatio[1].assetNames: missing");
    row("cross asset name number", "cross-ratio", edit(cross, path("1.assetNames.2"), 3),
        "crossMarginCollateralRatio[1].assetNames[2]: not an asset name: a number");
    row("cross asset in two groups", "cross-ratio",
        edit(cross, path("1.assetNames.4"), QStringLiteral("BNX")),
        "crossMarginCollateralRatio[1].assetNames[4]: BNX is listed in two groups");

    const QByteArray &pm = ex::PortfolioTieredRate;
    row("pm asset missing", "pm-rate", edit(pm, path("0.asset"), Removed),
        "portfolio/collateralRate[0]: entry without \"asset\"");
    row("pm rate junk", "pm-rate",
        edit(pm, path("0.collateralInfo.1.collateralRate"), QStringLiteral("90%")),
        "portfolio/collateralRate[0].collateralInfo[1].collateralRate: not a decimal number: "
        "\"90%\"");
    row("pm uncapped tier below another", "pm-rate",
        edit(pm, path("0.collateralInfo.0.tierCap"), QJsonValue::Null),
        "portfolio/collateralRate[0].collateralInfo: the tier from 0 has no cap but the tier "
        "from 1000 lies above it");
    row("pm collateralInfo missing", "pm-rate", edit(pm, path("0.collateralInfo"), Removed),
        "portfolio/collateralRate[0].collateralInfo: missing");
    row("pm asset twice", "pm-rate", edit(pm, path("1"), QJsonDocument::fromJson(pm).array().at(0)),
        "portfolio/collateralRate[1].asset: BNB listed twice");

    const QByteArray &ticker = ex::TickerPrices;
    row("ticker symbol missing", "ticker", edit(ticker, path("1.symbol"), Removed),
        "ticker/price[1]: entry without \"symbol\"");
    row("ticker price zero", "ticker", edit(ticker, path("0.price"), QStringLiteral("0")),
        "ticker/price[0].price: not a positive price for BTCUSDT: 0");
    row("ticker price negative", "ticker", edit(ticker, path("0.price"), QStringLiteral("-1")),
        "ticker/price[0].price: not a positive price for BTCUSDT: -1");
    row("ticker price junk", "ticker", edit(ticker, path("0.price"), QStringLiteral("abc")),
        "ticker/price[0].price: not a decimal number: \"abc\"");
    row("ticker symbol twice", "ticker", edit(ticker, path("1.symbol"), QStringLiteral("BTCUSDT")),
        "ticker/price[1].symbol: BTCUSDT listed twice");
    row("ticker root number", "ticker", QByteArray("42"),
        "ticker/price: expected an array, got a number");
}

void tst_CompositionParsers::badInput() {
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QString actual = parseError(endpoint, body);
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

QTEST_GUILESS_MAIN(tst_CompositionParsers)
#include "tst_compositionparsers.moc"
