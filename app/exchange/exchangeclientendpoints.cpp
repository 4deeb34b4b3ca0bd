// The public endpoint functions of ExchangeClient: which path, which parameters, which parser.
// Transport, signing and error handling live in exchangeclient.cpp.

#include "exchangeclient_p.h"

#include "activeunitsparser.h"
#include "borrowrepayrecordsparser.h"
#include "borrowresultparser.h"
#include "crossmarginaccountparser.h"
#include "crossmarginratioparser.h"
#include "forceliquidationparser.h"
#include "interesthistoryparser.h"
#include "liquidationtransfersparser.h"
#include "ltvdetailsparser.h"
#include "maxborrowableparser.h"
#include "portfolioaccountparser.h"
#include "portfoliobalanceparser.h"
#include "portfoliocollateralrateparser.h"
#include "repayresultparser.h"
#include "subaccountassetsparser.h"
#include "tickerpriceparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace loandesk {

namespace {

constexpr auto Get = ExchangeCall::Method::Get;
constexpr auto Post = ExchangeCall::Method::Post;
using Security = ExchangeCall::Security;

QString loanGroupPath(QStringView tail) {
    return u"/sapi/v1/margin/loan-group" + tail;
}

void addOptional(RequestSigner::Params &params, const QString &name,
                 const std::optional<qint64> &value) {
    if (value)
        params.append({name, QString::number(*value)});
}

// The exchange answers a parent or other member's key on /papi with a bare "not authorized"
// (-1002/-2015); the log and the "composition unavailable" reason should say what is missing.
template <typename T> ResultCallback<T> explainPapiAuth(ResultCallback<T> callback) {
    return [callback = std::move(callback)](Result<T> result) {
        if (!result.ok() && result.error().kind == ExchangeError::Kind::Auth) {
            ExchangeError e = result.error();
            e.message += QStringLiteral(" (Portfolio Margin balances need the member's own "
                                        "read-only API key)");
            callback(Result<T>(e));
            return;
        }
        callback(std::move(result));
    };
}

void addPaging(RequestSigner::Params &params, std::optional<qint64> startTimeMs,
               std::optional<qint64> endTimeMs, int current, int size) {
    addOptional(params, QStringLiteral("startTime"), startTimeMs);
    addOptional(params, QStringLiteral("endTime"), endTimeMs);
    params.append({QStringLiteral("current"), QString::number(current)});
    params.append({QStringLiteral("size"), QString::number(size)});
}

} // namespace

Pending ExchangeClient::fetchLtvDetails(std::optional<qint64> groupId, QObject *context,
                                        ResultCallback<QList<RiskUnit>> callback) {
    RequestSigner::Params params;
    addOptional(params, QStringLiteral("groupId"), groupId);
    return d->send<QList<RiskUnit>>(Get, loanGroupPath(u"/ltv-details"), params, context,
                                    std::move(callback), &LtvDetailsParser::parse);
}

Pending ExchangeClient::fetchActiveUnits(QObject *context,
                                         ResultCallback<QList<ActiveUnit>> callback) {
    return d->send<QList<ActiveUnit>>(Get, QStringLiteral("/sapi/v1/margin/loan-groups/activated"),
                                      {}, context, std::move(callback), &ActiveUnitsParser::parse);
}

Pending ExchangeClient::fetchMaxBorrowable(std::optional<qint64> groupId, const QString &asset,
                                           QObject *context,
                                           ResultCallback<std::optional<Decimal>> callback) {
    RequestSigner::Params params;
    addOptional(params, QStringLiteral("groupId"), groupId);
    params.append({QStringLiteral("assetName"), asset});
    return d->send<std::optional<Decimal>>(Get, loanGroupPath(u"/max-borrowable"), params, context,
                                           std::move(callback), &MaxBorrowableParser::parse);
}

Pending ExchangeClient::borrow(const BorrowRequest &request, QObject *context,
                               ResultCallback<BorrowResult> callback) {
    const RequestSigner::Params params = {
        {QStringLiteral("groupId"), QString::number(request.groupId)},
        {QStringLiteral("assetName"), request.asset},
        {QStringLiteral("amount"), request.amount.toString()},
    };
    return d->send<BorrowResult>(Post, loanGroupPath(u"/borrow"), params, context,
                                 std::move(callback), &BorrowResultParser::parse);
}

Pending ExchangeClient::repay(const RepayRequest &request, QObject *context,
                              ResultCallback<RepayResult> callback) {
    RequestSigner::Params params = {
        {QStringLiteral("groupId"), QString::number(request.groupId)},
        {QStringLiteral("assetName"), request.asset},
        {QStringLiteral("amount"), request.amount.toString()},
    };
    // MARGIN is the exchange's default and repayFrom is newer than the endpoint (an account
    // without it might reject an unknown parameter), so it is only sent when it matters.
    if (request.from == RepayRequest::From::Spot)
        params.append({QStringLiteral("repayFrom"), QStringLiteral("SPOT")});
    const RepayRequest::From from = request.from;
    return d->send<RepayResult>(
        Post, loanGroupPath(u"/repay"), params, context, std::move(callback),
        [from](const QJsonValue &json) { return RepayResultParser::parse(json, from); });
}

Pending ExchangeClient::fetchBorrowRepayRecords(const RecordsQuery &query, QObject *context,
                                                ResultCallback<Page<BorrowRepayRecord>> callback) {
    RequestSigner::Params params;
    addOptional(params, QStringLiteral("groupId"), query.groupId);
    // The filter only knows BORROW and REPAY; repay rows then come back as NORMAL_REPAY or
    // FORCE_REPAY.
    params.append({QStringLiteral("type"), query.type == BorrowRepayRecord::Type::Borrow
                                               ? QStringLiteral("BORROW")
                                               : QStringLiteral("REPAY")});
    if (!query.asset.isEmpty())
        params.append({QStringLiteral("asset"), query.asset});
    addPaging(params, query.startTimeMs, query.endTimeMs, query.current, query.size);
    return d->send<Page<BorrowRepayRecord>>(Get, loanGroupPath(u"/borrow-repay"), params, context,
                                            std::move(callback), &BorrowRepayRecordsParser::parse);
}

Pending ExchangeClient::fetchInterestHistory(std::optional<qint64> groupId,
                                             std::optional<qint64> startTimeMs,
                                             std::optional<qint64> endTimeMs, int current, int size,
                                             QObject *context,
                                             ResultCallback<Page<InterestRecord>> callback) {
    RequestSigner::Params params;
    addOptional(params, QStringLiteral("groupId"), groupId);
    addPaging(params, startTimeMs, endTimeMs, current, size);
    return d->send<Page<InterestRecord>>(Get, loanGroupPath(u"/interest-history"), params, context,
                                         std::move(callback), &InterestHistoryParser::parse);
}

Pending ExchangeClient::fetchForceLiquidations(std::optional<qint64> groupId,
                                               std::optional<qint64> startTimeMs,
                                               std::optional<qint64> endTimeMs, int current,
                                               int size, QObject *context,
                                               ResultCallback<Page<LiquidationRecord>> callback) {
    RequestSigner::Params params;
    addOptional(params, QStringLiteral("groupId"), groupId);
    addPaging(params, startTimeMs, endTimeMs, current, size);
    return d->send<Page<LiquidationRecord>>(Get, loanGroupPath(u"/force-liquidation"), params,
                                            context, std::move(callback),
                                            &ForceLiquidationParser::parse);
}

Pending ExchangeClient::fetchLiquidationTransfers(
    std::optional<qint64> startTimeMs, std::optional<qint64> endTimeMs, int current, int size,
    QObject *context, ResultCallback<Page<LiquidationTransferRecord>> callback) {
    RequestSigner::Params params;
    addPaging(params, startTimeMs, endTimeMs, current, size);
    return d->send<Page<LiquidationTransferRecord>>(
        Get, loanGroupPath(u"/force-liquidation-transfer-record"), params, context,
        std::move(callback), &LiquidationTransfersParser::parse);
}

Pending ExchangeClient::fetchSubAccountSpot(const QString &email, QObject *context,
                                            ResultCallback<QList<SpotBalance>> callback) {
    return d->send<QList<SpotBalance>>(Get, QStringLiteral("/sapi/v4/sub-account/assets"),
                                       {{QStringLiteral("email"), email}}, context,
                                       std::move(callback), &SubAccountAssetsParser::parse);
}

Pending ExchangeClient::fetchSubAccountMargin(const QString &email, QObject *context,
                                              ResultCallback<CrossMarginAccount> callback) {
    return d->send<CrossMarginAccount>(Get, QStringLiteral("/sapi/v1/sub-account/margin/account"),
                                       {{QStringLiteral("email"), email}}, context,
                                       std::move(callback), &CrossMarginAccountParser::parse);
}

Pending ExchangeClient::fetchPortfolioBalances(QObject *context,
                                               ResultCallback<QList<PortfolioBalance>> callback) {
    return d->send<QList<PortfolioBalance>>(Get, QStringLiteral("/papi/v1/balance"), {}, context,
                                            explainPapiAuth(std::move(callback)),
                                            &PortfolioBalanceParser::parse);
}

Pending ExchangeClient::fetchPortfolioAccount(QObject *context,
                                              ResultCallback<PortfolioAccount> callback) {
    return d->send<PortfolioAccount>(Get, QStringLiteral("/papi/v1/account"), {}, context,
                                     explainPapiAuth(std::move(callback)),
                                     &PortfolioAccountParser::parse);
}

Pending ExchangeClient::fetchCrossMarginCollateralRatios(
    QObject *context, ResultCallback<QHash<QString, TieredRatio>> callback) {
    return d->send<QHash<QString, TieredRatio>>(
        Get, QStringLiteral("/sapi/v1/margin/crossMarginCollateralRatio"), {}, context,
        std::move(callback), &CrossMarginRatioParser::parse, Security::ApiKey);
}

Pending ExchangeClient::fetchPortfolioCollateralRates(
    QObject *context, ResultCallback<QHash<QString, TieredRatio>> callback) {
    // USER_DATA per the doc; one SDK calls it unsigned, but a signed request is accepted either
    // way while an unsigned one to a signed endpoint is not.
    return d->send<QHash<QString, TieredRatio>>(
        Get, QStringLiteral("/sapi/v2/portfolio/collateralRate"), {}, context, std::move(callback),
        &PortfolioCollateralRateParser::parse);
}

Pending ExchangeClient::fetchPrices(const QStringList &symbols, QObject *context,
                                    ResultCallback<QMap<QString, Decimal>> callback) {
    const QString path = QStringLiteral("/api/v3/ticker/price");
    if (symbols.isEmpty()) {
        // Nothing to price: asking anyway would fetch every symbol the exchange lists.
        Completion<Result<QMap<QString, Decimal>>> completion(context, std::move(callback));
        const Pending pending = completion.pending();
        QTimer::singleShot(0, this, [completion = std::move(completion)] {
            completion.deliver(Result<QMap<QString, Decimal>>(QMap<QString, Decimal>()));
        });
        return pending;
    }
    // symbols=["BTCUSDT","ETHUSDT"]: a compact JSON array, percent-encoded like any value.
    const QByteArray list =
        QJsonDocument(QJsonArray::fromStringList(symbols)).toJson(QJsonDocument::Compact);
    return d->send<QMap<QString, Decimal>>(
        Get, path, {{QStringLiteral("symbols"), QString::fromUtf8(list)}}, context,
        std::move(callback), &TickerPriceParser::parse, Security::None);
}

} // namespace loandesk
