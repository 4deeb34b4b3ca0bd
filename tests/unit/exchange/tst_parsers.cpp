#include "jsonedit.h"
#include "parserexamples.h"
#include "testhelpers.h"

#include "exchange/activeunitsparser.h"
#include "exchange/borrowrepayrecordsparser.h"
#include "exchange/borrowresultparser.h"
#include "exchange/forceliquidationparser.h"
#include "exchange/interesthistoryparser.h"
#include "exchange/jsonbody.h"
#include "exchange/liquidationtransfersparser.h"
#include "exchange/ltvdetailsparser.h"
#include "exchange/maxborrowableparser.h"
#include "exchange/repayresultparser.h"
#include "exchange/servertimeparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    if (endpoint == u"ltv-details")
        return message(JsonBody::parse(&LtvDetailsParser::parse, body));
    if (endpoint == u"activated")
        return message(JsonBody::parse(&ActiveUnitsParser::parse, body));
    if (endpoint == u"borrow")
        return message(JsonBody::parse(&BorrowResultParser::parse, body));
    if (endpoint == u"repay")
        return message(
            JsonBody::parse(&RepayResultParser::parse, body, RepayRequest::From::Margin));
    if (endpoint == u"borrow-repay")
        return message(JsonBody::parse(&BorrowRepayRecordsParser::parse, body));
    if (endpoint == u"interest-history")
        return message(JsonBody::parse(&InterestHistoryParser::parse, body));
    if (endpoint == u"force-liquidation")
        return message(JsonBody::parse(&ForceLiquidationParser::parse, body));
    if (endpoint == u"force-liquidation-transfer-record")
        return message(JsonBody::parse(&LiquidationTransfersParser::parse, body));
    if (endpoint == u"max-borrowable")
        return message(JsonBody::parse(&MaxBorrowableParser::parse, body));
    if (endpoint == u"time")
        return message(JsonBody::parse(&ServerTimeParser::parse, body));
    qFatal("unknown endpoint in test");
}

} // namespace

class tst_Parsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedExamplesParse_data();
    void documentedExamplesParse();
    void ltvDetailsExample();
    void ltvDetailsWithoutJuly2025Fields();
    void activeUnitsExample();
    void borrowExample();
    void repayExample();
    void borrowRepayExample();
    void interestHistoryExample();
    void forceLiquidationExample();
    void liquidationTransfersExample();
    void maxBorrowable_data();
    void maxBorrowable();
    void serverTime();
    void lenientEncodings();
    void fieldErrors_data();
    void fieldErrors();
};

void tst_Parsers::documentedExamplesParse_data() {
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("2.1 ltv-details") << QStringLiteral("ltv-details") << ex::LtvDetails;
    QTest::newRow("2.2 activated") << QStringLiteral("activated") << ex::Activated;
    QTest::newRow("2.6 borrow") << QStringLiteral("borrow") << ex::Borrow;
    QTest::newRow("2.7 repay") << QStringLiteral("repay") << ex::Repay;
    QTest::newRow("2.8 borrow-repay") << QStringLiteral("borrow-repay") << ex::BorrowRepay;
    QTest::newRow("2.9 interest-history")
        << QStringLiteral("interest-history") << ex::InterestHistory;
    QTest::newRow("2.10 force-liquidation")
        << QStringLiteral("force-liquidation") << ex::ForceLiquidation;
    QTest::newRow("2.11 force-liquidation-transfer-record")
        << QStringLiteral("force-liquidation-transfer-record") << ex::LiquidationTransfers;
    QTest::newRow("2.13 max-borrowable") << QStringLiteral("max-borrowable") << ex::MaxBorrowable;
    QTest::newRow("6.3 time") << QStringLiteral("time") << ex::ServerTime;
    QTest::newRow("ltv-details, non-member") << QStringLiteral("ltv-details") << QByteArray("[]");
    QTest::newRow("records, empty page")
        << QStringLiteral("borrow-repay") << QByteArray(R"({"total":0,"rows":[]})");
    QTest::newRow("records, no rows field")
        << QStringLiteral("interest-history") << QByteArray(R"({"total":"0"})");
}

void tst_Parsers::documentedExamplesParse() {
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    const QString error = parseError(endpoint, body);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Parsers::ltvDetailsExample() {
    const Result<QList<RiskUnit>> result =
        JsonBody::parse(&LtvDetailsParser::parse, ex::LtvDetails);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().size(), 1);
    const RiskUnit &u = result.value().at(0);
    QCOMPARE(u.groupId, 1);
    QCOMPARE(u.parentEmail, QStringLiteral("andrew.kemmer001@test.com"));
    QCOMPARE(u.creditEmail, QStringLiteral("tst20241120@test.com"));
    QCOMPARE(u.updateTimeMs, 1752137105623);
    QCOMPARE(u.ltv, dec("0.592"));
    QCOMPARE(u.totalNetEquity, dec("26.35196946"));
    QCOMPARE(u.totalMaintenanceMargin, dec("0.50106177"));
    QCOMPARE(u.totalLiability, dec("15.30718771"));
    QCOMPARE(u.parentAccountFrozenAmount, dec("8.18753688"));
    QCOMPARE(u.maxTransferOutAmount, dec("0"));
    QCOMPARE(u.maxAllowedBorrowLimit, dec("16.32397222"));
    QCOMPARE(u.liabilities.size(), 1);
    QCOMPARE(u.liabilities.at(0).asset, QStringLiteral("USDT"));
    QCOMPARE(u.liabilities.at(0).principal, dec("15.30718771"));
    QCOMPARE(u.liabilities.at(0).interest, dec("0"));
    QCOMPARE(u.members.size(), 5);
    QCOMPARE(u.members.at(2).email, QStringLiteral("CREDIT20241120@test.com"));
    QCOMPARE(u.members.at(2).role, MemberRole::Credit);
    QCOMPARE(u.creditMember(), &u.members.at(2));
    QCOMPARE(u.members.at(0).wallets.at(1).type, WalletType::CrossMargin);
    QCOMPARE(u.members.at(0).wallets.at(1).netEquity, dec("4.98938226"));
    QCOMPARE(u.members.at(0).wallets.at(1).maintainMargin, dec("0.50106177"));
    QCOMPARE(u.members.at(1).wallets.at(0).netEquity, dec("5.4284319"));
    QCOMPARE(u.members.at(3).email, QStringLiteral("collateral004l@test.com"));
    QCOMPARE(u.members.at(3).wallets.at(1).type, WalletType::PortfolioMargin);
    QCOMPARE(u.members.at(3).wallets.at(1).netEquity, dec("1.00053327"));
    // API doc 2.1 [DERIVED]: the member sums reproduce the totals exactly, and the LTV formula.
    QCOMPARE(u.memberNetEquity(), u.totalNetEquity);
    QCOMPARE(u.memberMaintenanceMargin(), u.totalMaintenanceMargin);
    QCOMPARE(u.liabilitySum(), u.totalLiability);
    QVERIFY(!u.ltvDisagrees());
}

void tst_Parsers::ltvDetailsWithoutJuly2025Fields() {
    QByteArray body = ex::LtvDetails;
    body = edit(body, QStringLiteral("0.parentAccountFrozenAmount"), Removed);
    body = edit(body, QStringLiteral("0.maxTransferOutAmount"), QJsonValue::Null);
    body = edit(body, QStringLiteral("0.maxAllowedBorrowLimit"), QString());
    const Result<QList<RiskUnit>> result = JsonBody::parse(&LtvDetailsParser::parse, body);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const RiskUnit &u = result.value().at(0);
    QVERIFY(!u.parentAccountFrozenAmount.isValid()); // "not available", never zero
    QVERIFY(!u.maxTransferOutAmount.isValid());
    QVERIFY(!u.maxAllowedBorrowLimit.isValid());
    QCOMPARE(u.totalLiability, dec("15.30718771"));
}

void tst_Parsers::activeUnitsExample() {
    const Result<QList<ActiveUnit>> result =
        JsonBody::parse(&ActiveUnitsParser::parse, ex::Activated);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().size(), 2);
    const ActiveUnit &first = result.value().at(0);
    QCOMPARE(first.groupId, 10001);
    QCOMPARE(first.createTimeMs, 1747637956083);
    QCOMPARE(first.members.size(), 2);
    QCOMPARE(first.members.at(0).email, QStringLiteral("1001@test.com"));
    QCOMPARE(first.members.at(0).role, MemberRole::Credit);
    QVERIFY(first.members.at(0).enableMargin);
    QVERIFY(first.members.at(0).enableSpot);
    QCOMPARE(first.members.at(1).role, MemberRole::Collateral);
    const ActiveUnit::Member &stringly = result.value().at(1).members.at(0);
    QVERIFY(stringly.enableMargin); // "TRUE"
    QVERIFY(!stringly.enableSpot);  // "FALSE"
}

void tst_Parsers::borrowExample() {
    const Result<BorrowResult> result = JsonBody::parse(&BorrowResultParser::parse, ex::Borrow);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().transactionId, QStringLiteral("12317283617"));
    QCOMPARE(result.value().amount, dec("123456.78"));

    // The older page's unquoted `success` is not JSON; say so, and where.
    const Result<BorrowResult> unquoted =
        JsonBody::parse(&BorrowResultParser::parse, ex::BorrowUnquoted);
    QVERIFY(!unquoted.ok());
    QCOMPARE(unquoted.error().kind, ExchangeError::Kind::Parse);
    QVERIFY2(unquoted.error().message.startsWith(u"malformed JSON"),
             qPrintable(unquoted.error().message));

    // Any other status is neither a confirmation nor a refusal.
    const Result<BorrowResult> pending =
        JsonBody::parse(&BorrowResultParser::parse,
                        edit(ex::Borrow, QStringLiteral("status"), QStringLiteral("PROCESSING")));
    QVERIFY(!pending.ok());
    QVERIFY(pending.error().outcomeUnknown);
    QVERIFY(pending.error().message.contains(u"PROCESSING"));
}

void tst_Parsers::repayExample() {
    const Result<RepayResult> result =
        JsonBody::parse(&RepayResultParser::parse, ex::Repay, RepayRequest::From::Margin);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().transactionId, QStringLiteral("12317283617"));
    QCOMPARE(result.value().amount, dec("123456.78"));
    QCOMPARE(result.value().from, RepayRequest::From::Margin);

    const QByteArray spot = edit(ex::Repay, QStringLiteral("repayFrom"), QStringLiteral("SPOT"));
    QCOMPARE(
        JsonBody::parse(&RepayResultParser::parse, spot, RepayRequest::From::Margin).value().from,
        RepayRequest::From::Spot);
    // Older replies without repayFrom report what was requested.
    const QByteArray without = edit(ex::Repay, QStringLiteral("repayFrom"), Removed);
    QCOMPARE(
        JsonBody::parse(&RepayResultParser::parse, without, RepayRequest::From::Spot).value().from,
        RepayRequest::From::Spot);
}

void tst_Parsers::borrowRepayExample() {
    const Result<Page<BorrowRepayRecord>> result =
        JsonBody::parse(&BorrowRepayRecordsParser::parse, ex::BorrowRepay);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().total, 1);
    const BorrowRepayRecord &row = result.value().rows.at(0);
    QCOMPARE(row.tranId, 1648963682);
    QCOMPARE(row.asset, QStringLiteral("USDT"));
    QCOMPARE(row.amount, dec("300"));
    QCOMPARE(row.principal, dec("298"));
    QCOMPARE(row.interest, dec("2"));
    QCOMPARE(row.status, BorrowRepayRecord::Status::Confirmed);
    QCOMPARE(row.type, BorrowRepayRecord::Type::NormalRepay); // "REPAY"
    QCOMPARE(row.timestampMs, 1750420899036);

    auto typeOf = [](const char *type) {
        return JsonBody::parse(
                   &BorrowRepayRecordsParser::parse,
                   edit(ex::BorrowRepay, QStringLiteral("rows.0.type"), QLatin1String(type)))
            .value()
            .rows.at(0)
            .type;
    };
    QCOMPARE(typeOf("BORROW"), BorrowRepayRecord::Type::Borrow);
    QCOMPARE(typeOf("NORMAL_REPAY"), BorrowRepayRecord::Type::NormalRepay);
    QCOMPARE(typeOf("FORCE_REPAY"), BorrowRepayRecord::Type::ForceRepay);
    const QByteArray failed =
        edit(ex::BorrowRepay, QStringLiteral("rows.0.status"), QStringLiteral("FAILED"));
    QCOMPARE(JsonBody::parse(&BorrowRepayRecordsParser::parse, failed).value().rows.at(0).status,
             BorrowRepayRecord::Status::Failed);
}

void tst_Parsers::interestHistoryExample() {
    const Result<Page<InterestRecord>> result =
        JsonBody::parse(&InterestHistoryParser::parse, ex::InterestHistory);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().total, 2);
    QCOMPARE(result.value().rows.size(), 2);
    const InterestRecord &row = result.value().rows.at(0);
    QCOMPARE(row.groupId, 2);
    QCOMPARE(row.asset, QStringLiteral("USDC"));
    QCOMPARE(row.principal, dec("851340.57601652"));
    QCOMPARE(row.interestRate, dec("0.00000833"));
    QCOMPARE(row.interest, dec("7.09447643"));
    QCOMPARE(row.timestampMs, 1746442800000);
    // [DERIVED] hourly accrual: the rows are exactly one hour apart, newest first.
    QCOMPARE(row.timestampMs - result.value().rows.at(1).timestampMs, 3600000);
}

void tst_Parsers::forceLiquidationExample() {
    const Result<Page<LiquidationRecord>> result =
        JsonBody::parse(&ForceLiquidationParser::parse, ex::ForceLiquidation);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().total, 1);
    const LiquidationRecord &row = result.value().rows.at(0);
    QCOMPARE(row.startLtv, dec("1"));
    QCOMPARE(row.endLtv, dec("0"));
    QCOMPARE(row.startTimeMs, 1748381716906);
    QCOMPARE(row.endTimeMs, 1748525848742);
    QCOMPARE(row.totalNetEquity, dec("16671.5507973"));
    QCOMPARE(row.totalMaintenanceMargin, dec("0"));
    QCOMPARE(row.totalLiability, dec("16667.926"));
    QCOMPARE(row.snapshots.size(), 2);
    QCOMPARE(row.snapshots.at(0).role, MemberRole::Credit);
    QCOMPARE(row.snapshots.at(0).walletType, WalletType::PortfolioMargin);
    QCOMPARE(row.snapshots.at(0).netEquity, dec("12671.05079731"));
    QCOMPARE(row.snapshots.at(0).maintainMargin, dec("0")); // "0E-8"
    QCOMPARE(row.snapshots.at(0).netEquity + row.snapshots.at(1).netEquity, dec("16671.55079731"));
    QCOMPARE(row.liabilities.size(), 1); // a single object in the example
    QCOMPARE(row.liabilities.at(0).asset, QStringLiteral("USDT"));
    QCOMPARE(row.liabilities.at(0).total(), row.totalLiability);

    // The documented shape (an array) reads the same.
    QJsonObject liability{{QStringLiteral("assetName"), QStringLiteral("USDT")},
                          {QStringLiteral("principal"), QStringLiteral("11667.92600000")},
                          {QStringLiteral("interest"), QStringLiteral("5000.00000000")}};
    const QByteArray asArray =
        edit(ex::ForceLiquidation, QStringLiteral("rows.0.liquidationSnapshot.liabilities"),
             QJsonArray{liability});
    QCOMPARE(
        JsonBody::parse(&ForceLiquidationParser::parse, asArray).value().rows.at(0).liabilities,
        row.liabilities);
}

void tst_Parsers::liquidationTransfersExample() {
    const Result<Page<LiquidationTransferRecord>> result =
        JsonBody::parse(&LiquidationTransfersParser::parse, ex::LiquidationTransfers);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().total, 2);
    const LiquidationTransferRecord &newest = result.value().rows.at(0);
    QCOMPARE(newest.liquidationId, 56);
    QCOMPARE(newest.transfers.size(), 1);
    const LiquidationTransferRecord::Transfer &t = newest.transfers.at(0);
    QCOMPARE(t.fromUid, QStringLiteral("1000277033525")); // a number on the wire
    QCOMPARE(t.fromType, WalletType::Spot);
    QCOMPARE(t.toType, WalletType::PortfolioMargin);
    QCOMPARE(t.status, QStringLiteral("CONFIRM"));
    QCOMPARE(t.timeMs, 1765875600000);
    QCOMPARE(t.assets.size(), 2);
    QCOMPARE(t.assets.at(0).amount, dec("17750.6316"));
    QCOMPARE(t.assets.at(1).asset, QStringLiteral("BTC"));
    QCOMPARE(t.assets.at(1).amount, dec("0.5"));
    const LiquidationTransferRecord &older = result.value().rows.at(1);
    QCOMPARE(older.liquidationId, 55);
    QCOMPARE(older.transfers.size(), 2);
    QCOMPARE(older.transfers.at(0).fromUid, QStringLiteral("1000277033525")); // a string
    QCOMPARE(older.transfers.at(1).assets.at(1).amount, dec("999.999024"));

    const QByteArray badType =
        edit(ex::LiquidationTransfers,
             QStringLiteral("rows.0.liquidationTransferRecord.0.toAccountType"),
             QStringLiteral("FUTURES"));
    const auto rejected = JsonBody::parse(&LiquidationTransfersParser::parse, badType);
    QVERIFY(!rejected.ok());
    QVERIFY2(rejected.error().message.contains(QStringLiteral("toAccountType")),
             qPrintable(rejected.error().message));
}

void tst_Parsers::maxBorrowable_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("amount"); // empty: nullopt
    QTest::newRow("2.13 example") << ex::MaxBorrowable << QStringLiteral("12345.6789");
    QTest::newRow("number") << QByteArray(R"({"maxBorrowableAmount": 0.5})")
                            << QStringLiteral("0.5");
    QTest::newRow("empty body") << QByteArray() << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("null field") << QByteArray(R"({"maxBorrowableAmount": null})") << QString();
    QTest::newRow("empty string") << QByteArray(R"({"maxBorrowableAmount": ""})") << QString();
}

void tst_Parsers::maxBorrowable() {
    QFETCH(QByteArray, body);
    QFETCH(QString, amount);
    const Result<std::optional<Decimal>> result =
        JsonBody::parse(&MaxBorrowableParser::parse, body);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().has_value(), !amount.isEmpty());
    if (!amount.isEmpty())
        QCOMPARE(result.value()->toString(), amount);
}

void tst_Parsers::serverTime() {
    QCOMPARE(JsonBody::parse(&ServerTimeParser::parse, ex::ServerTime).value(), 1499827319559);
}

void tst_Parsers::lenientEncodings() {
    // Ids and times as strings, decimals as numbers, unknown fields, lower-case enums.
    QByteArray body = ex::LtvDetails;
    body = edit(body, QStringLiteral("0.groupId"), QStringLiteral("1"));
    body = edit(body, QStringLiteral("0.updateTime"), QStringLiteral("1752137105623"));
    body = edit(body, QStringLiteral("0.totalLiability"), 15.30718771);
    body = edit(body, QStringLiteral("0.ltv"), QStringLiteral("5.92E-1"));
    body = edit(body, QStringLiteral("0.somethingNew"), QStringLiteral("ignored"));
    body = edit(body, QStringLiteral("0.collateralAccounts.0.wallets.0.accountType"),
                QStringLiteral("spot"));
    const Result<QList<RiskUnit>> result = JsonBody::parse(&LtvDetailsParser::parse, body);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value().at(0).groupId, 1);
    QCOMPARE(result.value().at(0).updateTimeMs, 1752137105623);
    QCOMPARE(result.value().at(0).totalLiability, dec("15.30718771"));
    QCOMPARE(result.value().at(0).ltv, dec("0.592"));

    const QByteArray lower =
        edit(ex::Activated, QStringLiteral("0.members.0.enableSpot"), QStringLiteral("false"));
    QVERIFY(
        !JsonBody::parse(&ActiveUnitsParser::parse, lower).value().at(0).members.at(0).enableSpot);
}

void tst_Parsers::fieldErrors_data() {
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    auto row = [](const char *name, const char *endpoint, const QByteArray &body,
                  const char *error) {
        QTest::newRow(name) << QString::fromLatin1(endpoint) << body << QString::fromUtf8(error);
    };
    const QByteArray &ltv = ex::LtvDetails;
    row("wallet netEquity missing", "ltv-details",
        edit(ltv, QStringLiteral("0.collateralAccounts.2.wallets.1.netEquity"), Removed),
        "ltv-details[0].collateralAccounts[2].wallets[1].netEquity: missing");
    row("groupId missing", "ltv-details", edit(ltv, QStringLiteral("0.groupId"), Removed),
        "ltv-details[0].groupId: missing");
    row("groupId fractional", "ltv-details", edit(ltv, QStringLiteral("0.groupId"), 1.5),
        "ltv-details[0].groupId: not an exact integer: 1.5");
    row("updateTime text", "ltv-details",
        edit(ltv, QStringLiteral("0.updateTime"), QStringLiteral("yesterday")),
        "ltv-details[0].updateTime: not an integer: \"yesterday\"");
    row("ltv junk", "ltv-details", edit(ltv, QStringLiteral("0.ltv"), QStringLiteral("0.59x")),
        "ltv-details[0].ltv: not a decimal number: \"0.59x\"");
    row("totalLiability boolean", "ltv-details",
        edit(ltv, QStringLiteral("0.totalLiability"), true),
        "ltv-details[0].totalLiability: expected a decimal, got a boolean");
    row("frozen amount malformed", "ltv-details",
        edit(ltv, QStringLiteral("0.parentAccountFrozenAmount"), QStringLiteral("n/a")),
        "ltv-details[0].parentAccountFrozenAmount: not a decimal number");
    row("liability principal null", "ltv-details",
        edit(ltv, QStringLiteral("0.liabilities.0.principal"), QJsonValue::Null),
        "ltv-details[0].liabilities[0].principal: null");
    row("member type unknown", "ltv-details",
        edit(ltv, QStringLiteral("0.collateralAccounts.1.type"), QStringLiteral("OBSERVER")),
        "ltv-details[0].collateralAccounts[1].type: unknown member type \"OBSERVER\"");
    row("wallet type unknown", "ltv-details",
        edit(ltv, QStringLiteral("0.collateralAccounts.4.wallets.0.accountType"),
             QStringLiteral("FUTURES")),
        "ltv-details[0].collateralAccounts[4].wallets[0].accountType: unknown wallet type");
    row("collateralAccounts object", "ltv-details",
        edit(ltv, QStringLiteral("0.collateralAccounts"), QJsonObject()),
        "ltv-details[0].collateralAccounts: expected an array, got an object");
    row("email number", "ltv-details", edit(ltv, QStringLiteral("0.collateralAccounts.3.email"), 4),
        "ltv-details[0].collateralAccounts[3].email: expected a string, got a number");
    row("object instead of array", "ltv-details", ex::MaxBorrowable,
        "ltv-details: expected an array, got an object");
    row("element not an object", "ltv-details", QByteArray(R"(["x"])"),
        "ltv-details[0]: expected an object, got a string");
    row("empty body", "ltv-details", QByteArray(),
        "ltv-details: expected an array, got an empty body");
    row("truncated body", "ltv-details", ltv.left(200), "truncated JSON: cut off at byte 200");
    row("enableSpot word", "activated",
        edit(ex::Activated, QStringLiteral("1.members.0.enableSpot"), QStringLiteral("YES")),
        "activated[1].members[0].enableSpot: not a boolean: \"YES\"");
    row("createTime missing", "activated",
        edit(ex::Activated, QStringLiteral("1.createTime"), Removed),
        "activated[1].createTime: missing");
    row("transactionId missing", "borrow",
        edit(ex::Borrow, QStringLiteral("transactionId"), Removed),
        "borrow.transactionId: missing");
    row("borrow amount junk", "borrow",
        edit(ex::Borrow, QStringLiteral("amount"), QStringLiteral("lots")),
        "borrow.amount: not a decimal number: \"lots\"");
    row("repayFrom unknown", "repay",
        edit(ex::Repay, QStringLiteral("repayFrom"), QStringLiteral("FUTURES")),
        "repay.repayFrom: unknown wallet \"FUTURES\"");
    row("record status unknown", "borrow-repay",
        edit(ex::BorrowRepay, QStringLiteral("rows.0.status"), QStringLiteral("PENDING")),
        "borrow-repay.rows[0].status: unknown status \"PENDING\"");
    row("record type unknown", "borrow-repay",
        edit(ex::BorrowRepay, QStringLiteral("rows.0.type"), QStringLiteral("LEND")),
        "borrow-repay.rows[0].type: unknown type \"LEND\"");
    row("rows missing with total", "borrow-repay",
        edit(ex::BorrowRepay, QStringLiteral("rows"), Removed), "borrow-repay.rows: missing");
    row("interest timestamp missing", "interest-history",
        edit(ex::InterestHistory, QStringLiteral("rows.1.interestTimestamp"), Removed),
        "interest-history.rows[1].interestTimestamp: missing");
    row("snapshot netEquity missing", "force-liquidation",
        edit(ex::ForceLiquidation,
             QStringLiteral("rows.0.liquidationSnapshot.snapshots.1.netEquity"), Removed),
        "force-liquidation.rows[0].liquidationSnapshot.snapshots[1].netEquity: missing");
    row("liability object principal missing", "force-liquidation",
        edit(ex::ForceLiquidation,
             QStringLiteral("rows.0.liquidationSnapshot.liabilities.principal"), Removed),
        "force-liquidation.rows[0].liquidationSnapshot.liabilities.principal: missing");
    row("snapshot missing", "force-liquidation",
        edit(ex::ForceLiquidation, QStringLiteral("rows.0.liquidationSnapshot"), Removed),
        "force-liquidation.rows[0].liquidationSnapshot: missing");
    row("max-borrowable boolean", "max-borrowable", QByteArray(R"({"maxBorrowableAmount":true})"),
        "max-borrowable.maxBorrowableAmount: expected a decimal, got a boolean");
    row("max-borrowable array", "max-borrowable", QByteArray("[]"),
        "max-borrowable: expected an object, got an array");
    row("serverTime missing", "time", QByteArray("{}"), "time.serverTime: missing");
}

void tst_Parsers::fieldErrors() {
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QString actual = parseError(endpoint, body);
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

QTEST_GUILESS_MAIN(tst_Parsers)
#include "tst_parsers.moc"
