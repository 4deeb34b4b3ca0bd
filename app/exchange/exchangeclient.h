#pragma once

#include "apicredentials.h"
#include "crossmarginaccount.h"
#include "portfolioaccount.h"
#include "portfoliobalance.h"
#include "result.h"
#include "spotbalance.h"

#include "collateral/tieredratio.h"

#include "async/pending.h"

#include "domain/activeunit.h"
#include "domain/borrowrepayrecord.h"
#include "domain/interestrecord.h"
#include "domain/liquidationrecord.h"
#include "domain/liquidationtransferrecord.h"
#include "domain/page.h"
#include "domain/riskunit.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace loandesk {

class HttpTransport;

class ServerClock;
class WeightTracker;

struct BorrowRequest {
    qint64 groupId = 0;
    QString asset; // USDT or USDC
    Decimal amount;
};

struct BorrowResult {
    QString transactionId;
    Decimal amount;
};

struct RepayRequest {
    enum class From { Margin, Spot };
    qint64 groupId = 0;
    QString asset;
    Decimal amount;
    From from = From::Margin;
};

struct RepayResult {
    QString transactionId;
    Decimal amount; // what the exchange actually repaid: min(available, requested)
    RepayRequest::From from = RepayRequest::From::Margin;
};

struct RecordsQuery {
    std::optional<qint64> groupId;
    BorrowRepayRecord::Type type = BorrowRepayRecord::Type::Borrow; // BORROW or REPAY filter
    QString asset;                                                  // empty: all
    std::optional<qint64> startTimeMs;
    std::optional<qint64> endTimeMs;
    int current = 1;
    int size = 10;
};

// Talks to the exchange (or the simulator) with one API key. Lives on the GUI thread; every
// request follows the async rule (async/completion.h): exactly one Result to `callback`, never
// after `context` died or the returned Pending was cancelled. Cancelling only drops the result:
// the request itself still completes (a POST already sent cannot be taken back). Signing, the
// server clock offset and weight accounting happen here. POSTs are sent exactly once: a timeout,
// 5xx, -1000/-1006/-1007 or a dropped connection after sending yields an error with outcomeUnknown
// set, and nothing is resent. A GET rejected with -1021 is resent once after a clock resync (a POST
// only triggers the resync; it is never resent). Requests are not sent while the WeightTracker
// reports a 429/418 pause for the path (RateLimited/Banned, "not sent"). Destroying the client
// aborts what is in flight without calling the callbacks.
class ExchangeClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeClient)

public:
    // `clock` and `weights` are shared by all clients of one host (weights are per IP).
    ExchangeClient(HttpTransport *transport, ServerClock *clock, WeightTracker *weights,
                   QObject *parent = nullptr);
    ~ExchangeClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    void setCredentials(const ApiCredentials &credentials);
    bool hasCredentials() const;
    void setRecvWindowMs(int ms);     // default 5000
    void setRequestTimeoutMs(int ms); // overall deadline per request, default 15000
    // Bodies larger than this are aborted while downloading (Parse "response too large").
    void setMaxResponseBytes(qint64 bytes); // default 8 MiB

    ServerClock *clock() const;
    WeightTracker *weights() const;

    // GET /api/v3/time; updates the clock with the round trip's midpoint. Value: offset in ms.
    Pending syncTime(QObject *context, ResultCallback<qint64> callback);

    Pending fetchLtvDetails(std::optional<qint64> groupId, QObject *context,
                            ResultCallback<QList<RiskUnit>> callback);
    Pending fetchActiveUnits(QObject *context, ResultCallback<QList<ActiveUnit>> callback);
    // Empty optional when the exchange returns no figure for this key (not a unit member).
    Pending fetchMaxBorrowable(std::optional<qint64> groupId, const QString &asset,
                               QObject *context, ResultCallback<std::optional<Decimal>> callback);
    Pending borrow(const BorrowRequest &request, QObject *context,
                   ResultCallback<BorrowResult> callback);
    Pending repay(const RepayRequest &request, QObject *context,
                  ResultCallback<RepayResult> callback);
    Pending fetchBorrowRepayRecords(const RecordsQuery &query, QObject *context,
                                    ResultCallback<Page<BorrowRepayRecord>> callback);
    Pending fetchInterestHistory(std::optional<qint64> groupId, std::optional<qint64> startTimeMs,
                                 std::optional<qint64> endTimeMs, int current, int size,
                                 QObject *context, ResultCallback<Page<InterestRecord>> callback);
    Pending fetchForceLiquidations(std::optional<qint64> groupId, std::optional<qint64> startTimeMs,
                                   std::optional<qint64> endTimeMs, int current, int size,
                                   QObject *context,
                                   ResultCallback<Page<LiquidationRecord>> callback);
    // Takes no groupId: the credit key's own unit is implied (API doc 2.11).
    Pending fetchLiquidationTransfers(std::optional<qint64> startTimeMs,
                                      std::optional<qint64> endTimeMs, int current, int size,
                                      QObject *context,
                                      ResultCallback<Page<LiquidationTransferRecord>> callback);

    // Per-asset composition (collateral-assets doc 1–5). The sub-account calls need the parent
    // key; /papi needs the Portfolio Margin member's own key on a client whose base URL is the
    // papi host (the parent key is refused there).
    // GET /sapi/v4/sub-account/assets (signed, 60 UID): the member's spot wallet.
    Pending fetchSubAccountSpot(const QString &email, QObject *context,
                                ResultCallback<QList<SpotBalance>> callback);
    // GET /sapi/v1/sub-account/margin/account (signed, 10): the member's cross-margin wallet.
    Pending fetchSubAccountMargin(const QString &email, QObject *context,
                                  ResultCallback<CrossMarginAccount> callback);
    // GET /papi/v1/balance (signed, 20): every asset of this key's Portfolio Margin account.
    Pending fetchPortfolioBalances(QObject *context,
                                   ResultCallback<QList<PortfolioBalance>> callback);
    // GET /papi/v1/account (signed, 20).
    Pending fetchPortfolioAccount(QObject *context, ResultCallback<PortfolioAccount> callback);
    // GET /sapi/v1/margin/crossMarginCollateralRatio (MARKET_DATA: key header, unsigned, 100).
    Pending fetchCrossMarginCollateralRatios(QObject *context,
                                             ResultCallback<QHash<QString, TieredRatio>> callback);
    // GET /sapi/v2/portfolio/collateralRate (signed per the doc, 50): PM tiered rates.
    Pending fetchPortfolioCollateralRates(QObject *context,
                                          ResultCallback<QHash<QString, TieredRatio>> callback);
    // GET /api/v3/ticker/price?symbols=[…] (public, weight 4 whatever the count): one request
    // for all `symbols` ("BTCUSDT", …). Symbols the exchange does not list are absent from the
    // map. An empty list gives an empty map without sending anything.
    Pending fetchPrices(const QStringList &symbols, QObject *context,
                        ResultCallback<QMap<QString, Decimal>> callback);

Q_SIGNALS:
    // Emitted for every completed request, for the status bar and logs (no secrets inside).
    void requestFinished(const QString &path, int httpStatus, int elapsedMs);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace loandesk
