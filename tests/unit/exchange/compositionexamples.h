#pragma once

// The example responses of the collateral-assets API doc (sections 1–5), as documented, for the
// composition parsers' tests.

#include <QByteArray>

namespace loandesk::examples {

// 1. GET /sapi/v4/sub-account/assets (trimmed in the doc to one balance).
inline const QByteArray SubAccountAssetsV4 = QByteArrayLiteral(
    R"({"balances":[{"freeze":"0","withdrawing":"0","asset":"BTC","free":"11467.6399","locked":"0"}]})");
// 1. The v3 item: JSON numbers.
inline const QByteArray SubAccountAssetsV3 = QByteArrayLiteral(
    R"({"balances":[{"freeze":0,"withdrawing":0,"asset":"BTC","free":11467.6399,"locked":0}]})");
// 1. The v3 example as printed: it ends `],\n}`, which is not JSON.
inline const QByteArray SubAccountAssetsV3AsPrinted = QByteArrayLiteral(
    "{\"balances\":[{\"freeze\":0,\"withdrawing\":0,\"asset\":\"BTC\",\"free\":11467.6399,"
    "\"locked\":0}],\n}");

// 2. GET /sapi/v1/sub-account/margin/account (list trimmed in the doc to BNB).
inline const QByteArray MarginAccount = QByteArrayLiteral(
    R"({"email":"123@test.com","marginLevel":"11.64405625","totalAssetOfBtc":"6.82728457",
 "totalLiabilityOfBtc":"0.58633215","totalNetAssetOfBtc":"6.24095242",
 "marginTradeCoeffVo":{"forceLiquidationBar":"1.10000000","marginCallBar":"1.50000000","normalBar":"2.00000000"},
 "marginUserAssetVoList":[{"asset":"BNB","borrowed":"201.66666672","free":"2346.50000000",
   "interest":"0.00000000","locked":"0.00000000","netAsset":"2144.83333328"}]})");

// 3. The PM Pro balance example; /papi/v1/balance has the same fields without the option ones.
inline const QByteArray PortfolioBalance = QByteArrayLiteral(
    R"([{"asset":"BTC","totalWalletBalance":"100","crossMarginAsset":"100","crossMarginBorrowed":"0",
  "crossMarginFree":"100","crossMarginInterest":"0","crossMarginLocked":"0","umWalletBalance":"0",
  "umUnrealizedPNL":"0","cmWalletBalance":"0","cmUnrealizedPNL":"0","updateTime":0,
  "negativeBalance":"0","optionWalletBalance":"0","optionEquity":"0"}])");

// 3. /papi/v1/account has no example in the doc; these are its documented fields.
inline const QByteArray PortfolioAccount = QByteArrayLiteral(
    R"({"uniMMR":"5167.92171923","accountEquity":"122607.35137903","actualEquity":"73.47428058",
  "accountInitialMargin":"23.72469206","accountMaintMargin":"23.72469206","accountStatus":"NORMAL",
  "virtualMaxWithdrawAmount":"1627523.32459208","totalAvailableBalance":"","totalMarginOpenLoss":"",
  "updateTime":1657707212154})");

// 4a. GET /sapi/v1/margin/crossMarginCollateralRatio.
inline const QByteArray CrossMarginRatio = QByteArrayLiteral(
    R"([{"collaterals":[{"minUsdValue":"0","maxUsdValue":"13000000","discountRate":"1"},
  {"minUsdValue":"13000000","maxUsdValue":"20000000","discountRate":"0.975"},
  {"minUsdValue":"20000000","discountRate":"0"}],"assetNames":["BNX"]},
 {"collaterals":[{"minUsdValue":"0","discountRate":"1"}],"assetNames":["BTC","BUSD","ETH","USDT"]}])");

// 4b. The flat PM rate example as printed, with a trailing comma.
inline const QByteArray PortfolioFlatRateAsPrinted = QByteArrayLiteral(
    R"([{"asset":"USDC","collateralRate":"1.0000"},{"asset":"BUSD","collateralRate":"1.0000"},])");

// 4c. GET /sapi/v2/portfolio/collateralRate (its `cum` values are placeholders).
inline const QByteArray PortfolioTieredRate =
    QByteArrayLiteral(R"([{"asset":"BNB","collateralInfo":[
  {"tierFloor":"0.0000","tierCap":"1000.0000","collateralRate":"1.0000","cum":"0.0000"},
  {"tierFloor":"1000.0000","tierCap":"2000.0000","collateralRate":"0.9000","cum":"0.0000"}]}])");

// 5. GET /api/v3/ticker/price: one symbol, and a `symbols` array.
inline const QByteArray TickerPriceOne =
    QByteArrayLiteral(R"({"symbol":"LTCBTC","price":"4.00000200"})");
inline const QByteArray TickerPrices = QByteArrayLiteral(
    R"([{"symbol":"BTCUSDT","price":"97123.45000000"},{"symbol":"ETHUSDT","price":"3520.10000000"}])");

} // namespace loandesk::examples
