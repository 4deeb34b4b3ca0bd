#pragma once

#include "pollscheduler.h"

#include "collateral/tieredratio.h"
#include "collateral/walletholdings.h"
#include "exchange/apicredentials.h"
#include "exchange/exchangeerror.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

namespace loandesk {

class CollateralState;
class ExchangeClient;
class MonitorSession;

// Reads what CollateralState needs, as secondary jobs of the session's one PollScheduler (so
// ltv-details always goes first):
// - the collateral-ratio tables (Cross Margin and Portfolio Margin) every hour, every minute
//   until a table has been read;
// - every unit member's wallets every compositionIntervalMs (60 s by default): spot and cross
//   margin through the monitoring (parent) key's sub-account endpoints, Portfolio Margin through
//   that member's own read-only key on the Portfolio Margin base URL;
// - prices after each successful ltv-details poll, at most every MinPriceSpacingMs, in one
//   batched ticker request for every asset held plus USDC. Prices are in USDT: the desk's
//   figures are (ltv-details reports USDT values), so USDT counts 1 and asset a is aUSDT.
// A wallet that cannot be read is "composition unavailable: <why>"; a key the exchange refused
// for the sub-account endpoints is not asked again for an hour. GUI thread.
class CompositionPoller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompositionPoller)

public:
    static constexpr int DefaultCompositionIntervalMs = 60 * 1000;
    static constexpr int MinCompositionIntervalMs = 10 * 1000;
    static constexpr int RatiosIntervalMs = 60 * 60 * 1000;
    static constexpr int RatiosRetryMs = 60 * 1000;
    static constexpr int MinPriceSpacingMs = 10 * 1000;
    static constexpr int DeniedRetryMs = 60 * 60 * 1000;

    CompositionPoller(MonitorSession *session, CollateralState *state, QObject *parent = nullptr);
    ~CompositionPoller() override;

    // Portfolio Margin members' read-only keys, by sub-account email.
    void setMemberCredentials(const QHash<QString, ApiCredentials> &keys);
    void setMemberCredentials(const QString &email, const ApiCredentials &key);
    bool hasMemberCredentials(const QString &email) const;
    void setPortfolioBaseUrl(const QUrl &url);
    QUrl portfolioBaseUrl() const { return m_portfolioBaseUrl; }
    void setCompositionIntervalMs(int ms); // clamped to MinCompositionIntervalMs

    // Adds the jobs to the scheduler: call once the first ltv-details poll has found the units.
    void start();
    bool isStarted() const { return m_started; }
    // For headless runs: ratios, then every unit's wallets, then prices, now and one after the
    // other, ignoring the scheduler; `done` once all have answered. Errors end up as reasons
    // in CollateralState, never here.
    void fetchOnce(std::function<void()> done);

Q_SIGNALS:
    // One composition round has read (or failed to read) every wallet it asked for.
    void compositionRead();

private:
    using Request = PollScheduler::SecondaryRequest;
    struct WalletKey {
        QString email;
        WalletType type;
        bool operator==(const WalletKey &) const = default;
    };
    friend size_t qHash(const WalletKey &key, size_t seed) {
        return qHashMulti(seed, key.email, int(key.type));
    }

    QList<Request> planRatios();
    QList<Request> planComposition();
    QList<Request> planPrices();
    Request walletRequest(const WalletKey &key);
    void storeWallet(const WalletKey &key, const WalletHoldings &holdings);
    void walletFailed(const WalletKey &key, const QString &path, const ExchangeError &error);
    void publishUnits();
    void publishRatios();
    void walletDone();
    ExchangeClient *memberClient(const QString &email);
    void runInOrder(QList<Request> requests, std::function<void()> done);

    static QString describe(const ExchangeError &error);
    static QString unavailable(const QString &why);
    static WalletHoldings unread(const WalletKey &key, const QString &reason);

    MonitorSession *m_session;
    CollateralState *m_state;
    QUrl m_portfolioBaseUrl = QUrl(QStringLiteral("https://papi.binance.com"));
    QHash<QString, ApiCredentials> m_memberKeys;
    QHash<QString, ExchangeClient *> m_memberClients;
    QHash<WalletKey, WalletHoldings> m_wallets;
    QHash<QString, QDateTime> m_deniedUntil; // path → when the refused key may be tried again
    QHash<QString, QString> m_deniedReason;
    QHash<QString, TieredRatio> m_cross;
    QHash<QString, TieredRatio> m_portfolio;
    QDateTime m_crossAt;
    QDateTime m_portfolioAt;
    QString m_crossError;
    QString m_portfolioError;
    int m_compositionIntervalMs = DefaultCompositionIntervalMs;
    int m_walletsPending = 0;
    int m_ratiosJob = -1;
    int m_compositionJob = -1;
    int m_pricesJob = -1;
    bool m_started = false;
};

} // namespace loandesk
