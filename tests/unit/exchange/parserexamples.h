#pragma once

// The example responses of API doc section 2, with the documented values, as the exchange
// sends them. Shared by the parser tests (and usable by fuzz seeds later).

#include <QByteArray>

namespace loandesk::examples {

// 2.1 ltv-details (groupId 1, updateTime 1752137105623).
inline const QByteArray LtvDetails = QByteArrayLiteral(R"([{
  "groupId": 1,
  "parentEmail": "andrew.kemmer001@test.com",
  "creditEmail": "tst20241120@test.com",
  "updateTime": 1752137105623,
  "ltv": "0.592",
  "totalNetEquity": "26.35196946",
  "totalMaintenanceMargin": "0.50106177",
  "totalLiability": "15.30718771",
  "parentAccountFrozenAmount": "8.18753688",
  "maxTransferOutAmount": "0",
  "maxAllowedBorrowLimit": "16.32397222",
  "liabilities": [{"assetName": "USDT", "principal": "15.30718771", "interest": "0"}],
  "collateralAccounts": [
    {"email": "collateral001@test.com", "type": "COLLATERAL", "wallets": [
      {"accountType": "SPOT", "netEquity": "5", "maintainMargin": "0"},
      {"accountType": "CROSS_MARGIN", "netEquity": "4.98938226", "maintainMargin": "0.50106177"}]},
    {"email": "collateral003@test.com", "type": "COLLATERAL", "wallets": [
      {"accountType": "SPOT", "netEquity": "5.4284319", "maintainMargin": "0"},
      {"accountType": "CROSS_MARGIN", "netEquity": "0", "maintainMargin": "0"}]},
    {"email": "CREDIT20241120@test.com", "type": "CREDIT", "wallets": [
      {"accountType": "SPOT", "netEquity": "0", "maintainMargin": "0"},
      {"accountType": "PORTFOLIO_MARGIN", "netEquity": "4.93362203", "maintainMargin": "0"}]},
    {"email": "collateral004l@test.com", "type": "COLLATERAL", "wallets": [
      {"accountType": "SPOT", "netEquity": "0", "maintainMargin": "0"},
      {"accountType": "PORTFOLIO_MARGIN", "netEquity": "1.00053327", "maintainMargin": "0"}]},
    {"email": "collatera005@test.com", "type": "COLLATERAL", "wallets": [
      {"accountType": "SPOT", "netEquity": "5", "maintainMargin": "0"},
      {"accountType": "CROSS_MARGIN", "netEquity": "0", "maintainMargin": "0"}]}
  ]
}])");

// 2.2 loan-groups/activated: booleans are JSON true in the example, "TRUE"/"FALSE" per the
// type column.
inline const QByteArray Activated = QByteArrayLiteral(R"([
  {"groupId": 10001, "createTime": 1747637956083, "members": [
    {"email": "1001@test.com", "type": "CREDIT", "enableMargin": true, "enableSpot": true},
    {"email": "1002@test.com", "type": "COLLATERAL", "enableMargin": true, "enableSpot": true}]},
  {"groupId": 10002, "createTime": 1747637956083, "members": [
    {"email": "2001@test.com", "type": "CREDIT", "enableMargin": "TRUE", "enableSpot": "FALSE"}]}
])");

// 2.6 borrow (newer page: status quoted; transactionId a number).
inline const QByteArray Borrow = QByteArrayLiteral(
    R"({"transactionId": 12317283617, "amount": 123456.78, "status": "success"})");
// 2.6 as the older page prints it: `success` unquoted, which is not JSON.
inline const QByteArray BorrowUnquoted =
    QByteArrayLiteral(R"({"transactionId": 12317283617, "amount": 123456.78, "status": success})");

// 2.7 repay.
inline const QByteArray Repay = QByteArrayLiteral(
    R"({"transactionId": "12317283617", "amount": 123456.78, "repayFrom": "MARGIN"})");

// 2.8 borrow-repay records: the example row still says REPAY.
inline const QByteArray BorrowRepay = QByteArrayLiteral(R"({"total": 1, "rows": [
  {"tranId": 1648963682, "assetName": "USDT", "amount": 300, "principal": 298, "interest": 2,
   "status": "CONFIRM", "type": "REPAY", "timestamp": 1750420899036}]})");

// 2.9 interest-history: total and groupId are typed STRING but sent as numbers.
inline const QByteArray InterestHistory = QByteArrayLiteral(R"({"total": 2, "rows": [
  {"groupId": 2, "assetName": "USDC", "principal": 851340.57601652, "interestRate": 0.00000833,
   "interest": 7.09447643, "interestTimestamp": 1746442800000},
  {"groupId": 2, "assetName": "USDC", "principal": 851340.57601652, "interestRate": 0.00000833,
   "interest": 7.09447643, "interestTimestamp": 1746439200000}]})");

// 2.10 force-liquidation: totals as JSON numbers, LTVs as integers, "0E-8", and `liabilities`
// as a single object.
inline const QByteArray ForceLiquidation = QByteArrayLiteral(R"({"total": 1, "rows": [{
  "groupId": 1, "startLtv": 1, "endLtv": 0,
  "liquidationStartTime": 1748381716906, "liquidationEndTime": 1748525848742,
  "totalNetEquity": 16671.5507973, "totalMaintenanceMargin": 0, "totalLiability": 16667.926,
  "liquidationSnapshot": {
    "snapshots": [
      {"subEmail": "credit@test.com", "memberType": "CREDIT", "walletType": "PORTFOLIO_MARGIN",
       "netEquity": "12671.05079731", "maintainMargin": "0E-8"},
      {"subEmail": "collateral@test.com", "memberType": "COLLATERAL", "walletType": "SPOT",
       "netEquity": "4000.50000000", "maintainMargin": "0E-8"}],
    "liabilities": {"assetName": "USDT", "principal": "11667.92600000", "interest": "5000.00000000"}
  }}]})");

// 2.11 force-liquidation-transfer-record: the example's ids and amounts (UIDs as numbers,
// though documented as strings).
inline const QByteArray LiquidationTransfers = QByteArrayLiteral(R"({"total": 2, "rows": [
  {"liquidationId": 56, "liquidationTransferRecord": [
    {"transferTime": 1765875600000, "fromUid": 1000277033525, "fromAccountType": "SPOT",
     "toUid": 1000277033500, "toAccountType": "PORTFOLIO_MARGIN", "status": "CONFIRM",
     "assets": [{"assetName": "USDT", "amount": "17750.6316"}, {"assetName": "BTC", "amount": "0.5"}]}]},
  {"liquidationId": 55, "liquidationTransferRecord": [
    {"transferTime": 1765789200000, "fromUid": "1000277033525", "fromAccountType": "CROSS_MARGIN",
     "toUid": "1000277033500", "toAccountType": "CROSS_MARGIN", "status": "CONFIRM",
     "assets": [{"assetName": "USDT", "amount": "999.999024"}]},
    {"transferTime": 1765789200001, "fromUid": 1000277033526, "fromAccountType": "SPOT",
     "toUid": 1000277033500, "toAccountType": "CROSS_MARGIN", "status": "CONFIRM",
     "assets": [{"assetName": "USDT", "amount": "999.999024"},
                {"assetName": "USDT", "amount": "999.999024"}]}]}]})");

// 2.13 max-borrowable.
inline const QByteArray MaxBorrowable =
    QByteArrayLiteral(R"({"maxBorrowableAmount": "12345.67890000"})");

// 6.3 server time.
inline const QByteArray ServerTime = QByteArrayLiteral(R"({"serverTime": 1499827319559})");

} // namespace loandesk::examples
