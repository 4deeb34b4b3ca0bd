#include "compositionpoller.h"

#include "collateralstate.h"
#include "monitorsession.h"
#include "monitorstate.h"

#include "collateral/collateralratios.h"
#include "exchange/exchangeclient.h"
#include "exchange/holdingsreader.h"

#include <QSet>

#include <memory>

namespace loandesk {

namespace {

const QString SpotPath = QStringLiteral("/sapi/v4/sub-account/assets");
const QString CrossPath = QStringLiteral("/sapi/v1/sub-account/margin/account");
const QString PortfolioPath = QStringLiteral("/papi/v1/balance");
const QString CrossRatioPath = QStringLiteral("/sapi/v1/margin/crossMarginCollateralRatio");
const QString PortfolioRatioPath = QStringLiteral("/sapi/v2/portfolio/collateralRate");
const QString PricePath = QStringLiteral("/api/v3/ticker/price");
const QString Usdt = QStringLiteral("USDT");
const QString Usdc = QStringLiteral("USDC");

QDateTime now() {
    return QDateTime::currentDateTimeUtc();
}

// Errors that say nothing about the wallet itself: its last good holdings stay in use.
bool isTransient(const ExchangeError &error) {
    switch (error.kind) {
    case ExchangeError::Kind::Network:
    case ExchangeError::Kind::Timeout:
    case ExchangeError::Kind::RateLimited:
    case ExchangeError::Kind::Banned:
    case ExchangeError::Kind::Server:
        return true;
    default:
        return false;
    }
}

} // namespace

CompositionPoller::CompositionPoller(MonitorSession *session, CollateralState *state,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_state(state) {}

CompositionPoller::~CompositionPoller() = default;

void CompositionPoller::setMemberCredentials(const QHash<QString, ApiCredentials> &keys) {
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        setMemberCredentials(it.key(), it.value());
}

void CompositionPoller::setMemberCredentials(const QString &email, const ApiCredentials &key) {
    m_memberKeys.insert(email, key);
    if (ExchangeClient *client = m_memberClients.take(email))
        client->deleteLater();
    // A wallet refused or missing for want of this key is worth asking again now.
    m_wallets.remove({email, WalletType::PortfolioMargin});
    if (m_started)
        m_session->scheduler()->requestSecondary(m_compositionJob);
}

bool CompositionPoller::hasMemberCredentials(const QString &email) const {
    return !m_memberKeys.value(email).isEmpty();
}

void CompositionPoller::setPortfolioBaseUrl(const QUrl &url) {
    m_portfolioBaseUrl = url;
    for (ExchangeClient *client : std::as_const(m_memberClients))
        client->setBaseUrl(url);
}

void CompositionPoller::setCompositionIntervalMs(int ms) {
    m_compositionIntervalMs = std::max(ms, MinCompositionIntervalMs);
    if (m_started)
        m_session->scheduler()->setSecondaryIntervalMs(m_compositionJob, m_compositionIntervalMs);
}

void CompositionPoller::start() {
    if (m_started)
        return;
    m_started = true;
    PollScheduler *scheduler = m_session->scheduler();
    // In this order: ratios and holdings first when all are due, then the prices of what is held.
    m_ratiosJob = scheduler->addSecondaryJob(RatiosIntervalMs, RatiosRetryMs,
                                             [this] { return planRatios(); });
    m_compositionJob = scheduler->addSecondaryJob(m_compositionIntervalMs, 0,
                                                  [this] { return planComposition(); });
    m_pricesJob = scheduler->addSecondaryJob(0, 0, [this] { return planPrices(); });
    connect(scheduler, &PollScheduler::pollFinished, this, [this](bool ok) {
        if (ok)
            m_session->scheduler()->requestSecondary(m_pricesJob, MinPriceSpacingMs);
    });
    // A unit or member that appeared is read at once, not a minute later.
    connect(m_session->state(), &MonitorState::unitsReplaced, this,
            [this] { m_session->scheduler()->requestSecondary(m_compositionJob); });
    connect(this, &CompositionPoller::compositionRead, this, [this] {
        // Prices for assets that were not held before, without waiting for the next poll.
        const QMap<QString, Decimal> known = m_state->prices();
        for (const WalletHoldings &h : std::as_const(m_wallets)) {
            for (const QList<AssetQuantity> *list : {&h.held, &h.owed}) {
                for (const AssetQuantity &q : *list) {
                    if (!known.contains(q.asset)) {
                        m_session->scheduler()->requestSecondary(m_pricesJob, MinPriceSpacingMs);
                        return;
                    }
                }
            }
        }
    });
}

QList<CompositionPoller::Request> CompositionPoller::planRatios() {
    ExchangeClient *client = m_session->client();
    Request cross{CrossRatioPath,
                  [this, client](std::function<void(bool)> done) {
                      client->fetchCrossMarginCollateralRatios(this, [this, done](auto result) {
                          if (result.ok()) {
                              m_cross = result.value();
                              m_crossAt = now();
                              m_crossError.clear();
                          } else {
                              m_crossError = tr("the Cross Margin collateral ratios could "
                                                "not be read: %1")
                                                 .arg(describe(result.error()));
                          }
                          publishRatios();
                          done(result.ok());
                      });
                  },
                  {}};
    Request portfolio{PortfolioRatioPath,
                      [this, client](std::function<void(bool)> done) {
                          client->fetchPortfolioCollateralRates(this, [this, done](auto result) {
                              if (result.ok()) {
                                  m_portfolio = result.value();
                                  m_portfolioAt = now();
                                  m_portfolioError.clear();
                              } else {
                                  m_portfolioError =
                                      tr("the Portfolio Margin collateral rates could not "
                                         "be read: %1")
                                          .arg(describe(result.error()));
                              }
                              publishRatios();
                              done(result.ok());
                          });
                      },
                      {}};
    return {cross, portfolio};
}

void CompositionPoller::publishRatios() {
    CollateralRatios ratios;
    for (auto it = m_cross.cbegin(); it != m_cross.cend(); ++it)
        ratios.setCrossMargin(it.key(), it.value());
    for (auto it = m_portfolio.cbegin(); it != m_portfolio.cend(); ++it)
        ratios.setPortfolioMargin(it.key(), it.value());
    if (m_crossAt.isValid())
        ratios.setFetchedAt(WalletType::CrossMargin, m_crossAt);
    if (m_portfolioAt.isValid())
        ratios.setFetchedAt(WalletType::PortfolioMargin, m_portfolioAt);
    m_state->setRatios(ratios);
    // Only a table never read matters: an older one stays in use.
    QStringList missing;
    if (!m_crossAt.isValid() && !m_crossError.isEmpty())
        missing.append(m_crossError);
    if (!m_portfolioAt.isValid() && !m_portfolioError.isEmpty())
        missing.append(m_portfolioError);
    if (!missing.isEmpty())
        m_state->setRatiosError(unavailable(missing.join(QStringLiteral("; "))));
}

QList<CompositionPoller::Request> CompositionPoller::planComposition() {
    QList<Request> requests;
    QSet<WalletKey> planned;
    const MonitorState *monitor = m_session->state();
    const QDateTime t = now();
    for (qint64 groupId : monitor->groupIds()) {
        const UnitStatus *status = monitor->unit(groupId);
        if (!status)
            continue;
        for (const CollateralAccount &member : status->unit.members) {
            for (const Wallet &wallet : member.wallets) {
                const WalletKey key{member.email, wallet.type};
                if (planned.contains(key))
                    continue;
                planned.insert(key);
                const QString path = wallet.type == WalletType::Spot          ? SpotPath
                                     : wallet.type == WalletType::CrossMargin ? CrossPath
                                                                              : PortfolioPath;
                if (wallet.type == WalletType::PortfolioMargin &&
                    !hasMemberCredentials(key.email)) {
                    m_wallets.insert(
                        key, unread(key, unavailable(tr("no read-only key for Portfolio Margin "
                                                        "member %1: the exchange shows its "
                                                        "balances only to its own key (add one "
                                                        "in the profile)")
                                                         .arg(key.email))));
                    continue;
                }
                const QString deniedKey =
                    wallet.type == WalletType::PortfolioMargin ? path + key.email : path;
                if (m_deniedUntil.value(deniedKey) > t) {
                    m_wallets.insert(key, unread(key, m_deniedReason.value(deniedKey)));
                    continue;
                }
                requests.append(walletRequest(key));
            }
        }
    }
    // Wallets no unit lists any more are forgotten.
    for (auto it = m_wallets.begin(); it != m_wallets.end();)
        it = planned.contains(it.key()) ? std::next(it) : m_wallets.erase(it);
    m_walletsPending = int(requests.size());
    publishUnits();
    if (requests.isEmpty() && !planned.isEmpty())
        Q_EMIT compositionRead();
    return requests;
}

CompositionPoller::Request CompositionPoller::walletRequest(const WalletKey &key) {
    Request request;
    request.path = key.type == WalletType::Spot          ? SpotPath
                   : key.type == WalletType::CrossMargin ? CrossPath
                                                         : PortfolioPath;
    const QString path = request.path;
    request.start = [this, key, path](std::function<void(bool)> done) {
        auto finish = [this, key, path, done](auto result, auto read) {
            if (result.ok())
                storeWallet(key, read(result.value()));
            else
                walletFailed(key, path, result.error());
            walletDone();
            done(result.ok());
        };
        const QString email = key.email;
        switch (key.type) {
        case WalletType::Spot:
            m_session->client()->fetchSubAccountSpot(email, this, [finish, email](auto result) {
                finish(result, [email](const auto &raw) {
                    return HoldingsReader::spotHoldings(email, raw);
                });
            });
            break;
        case WalletType::CrossMargin:
            m_session->client()->fetchSubAccountMargin(email, this, [finish, email](auto result) {
                finish(result, [email](const auto &raw) {
                    return HoldingsReader::crossMarginHoldings(email, raw);
                });
            });
            break;
        case WalletType::PortfolioMargin:
            memberClient(email)->fetchPortfolioBalances(this, [finish, email](auto result) {
                finish(result, [email](const auto &raw) {
                    return HoldingsReader::portfolioHoldings(email, raw);
                });
            });
            break;
        }
    };
    request.skipped = [this, key] {
        // The budget was in use: the last holdings stay; a wallet never read says so.
        if (!m_wallets.contains(key)) {
            m_wallets.insert(key, unread(key, unavailable(tr("not read yet: the exchange's "
                                                             "request budget is in use by the "
                                                             "LTV polling"))));
        }
        walletDone();
    };
    return request;
}

void CompositionPoller::storeWallet(const WalletKey &key, const WalletHoldings &holdings) {
    WalletHoldings h = holdings;
    h.email = key.email;
    h.type = key.type;
    if (!h.fetchedAt.isValid())
        h.fetchedAt = now();
    if (!h.available && !h.reason.isEmpty() &&
        !h.reason.startsWith(tr("composition unavailable: %1").arg(QString())))
        h.reason = unavailable(h.reason);
    m_wallets.insert(key, h);
}

void CompositionPoller::walletFailed(const WalletKey &key, const QString &path,
                                     const ExchangeError &error) {
    if (isTransient(error) && m_wallets.value(key).available)
        return; // minutes-old holdings beat none; the builder flags any drift from ltv-details
    WalletHoldings h = unread(key, {});
    if (error.kind == ExchangeError::Kind::Auth || error.kind == ExchangeError::Kind::Signature) {
        const bool portfolio = key.type == WalletType::PortfolioMargin;
        h.reason = unavailable(
            portfolio ? tr("the exchange refused the read-only key of Portfolio Margin member %1 "
                           "(%2)")
                            .arg(key.email, describe(error))
                      : tr("the monitoring key may not read sub-account wallets; only the parent "
                           "account's key can (%1)")
                            .arg(describe(error)));
        // The same refusal every minute would only cost weight: ask again in an hour.
        const QString deniedKey = portfolio ? path + key.email : path;
        m_deniedUntil.insert(deniedKey, now().addMSecs(DeniedRetryMs));
        m_deniedReason.insert(deniedKey, h.reason);
    } else {
        h.reason = unavailable(describe(error));
    }
    m_wallets.insert(key, h);
}

void CompositionPoller::walletDone() {
    publishUnits();
    if (m_walletsPending > 0 && --m_walletsPending == 0)
        Q_EMIT compositionRead();
}

void CompositionPoller::publishUnits() {
    const MonitorState *monitor = m_session->state();
    for (qint64 groupId : monitor->groupIds()) {
        const UnitStatus *status = monitor->unit(groupId);
        if (!status)
            continue;
        QList<WalletHoldings> holdings;
        bool complete = true;
        for (const CollateralAccount &member : status->unit.members) {
            for (const Wallet &wallet : member.wallets) {
                const auto it = m_wallets.constFind({member.email, wallet.type});
                if (it == m_wallets.cend())
                    complete = false;
                else
                    holdings.append(*it);
            }
        }
        // A unit is composed once each of its wallets has been read or has its reason.
        if (complete)
            m_state->setHoldings(groupId, holdings);
    }
}

QList<CompositionPoller::Request> CompositionPoller::planPrices() {
    if (m_wallets.isEmpty())
        return {}; // nothing held is known yet: the first composition round asks again
    QStringList assets{Usdc};
    for (const WalletHoldings &h : std::as_const(m_wallets)) {
        for (const QList<AssetQuantity> *list : {&h.held, &h.owed}) {
            for (const AssetQuantity &q : *list) {
                if (q.asset != Usdt && !assets.contains(q.asset))
                    assets.append(q.asset);
            }
        }
    }
    assets.sort();
    QStringList symbols;
    for (const QString &asset : std::as_const(assets))
        symbols.append(asset + Usdt);
    ExchangeClient *client = m_session->client();
    Request request{
        PricePath,
        [this, client, assets, symbols](std::function<void(bool)> done) {
            client->fetchPrices(symbols, this, [this, assets, done](auto result) {
                if (!result.ok()) {
                    m_state->setPricesError(unavailable(
                        tr("prices could not be read: %1").arg(describe(result.error()))));
                    done(false);
                    return;
                }
                // The desk counts in USDT, as ltv-details does: USDT is 1.
                QMap<QString, Decimal> prices{{Usdt, Decimal::fromInt(1)}};
                const auto &bySymbol = result.value();
                for (const QString &asset : assets) {
                    const auto it = bySymbol.constFind(asset + Usdt);
                    if (it != bySymbol.cend())
                        prices.insert(asset, *it);
                }
                m_state->setPrices(prices, now());
                done(true);
            });
        },
        {}};
    return {request};
}

ExchangeClient *CompositionPoller::memberClient(const QString &email) {
    ExchangeClient *client = m_memberClients.value(email);
    if (!client) {
        client = new ExchangeClient(m_session->transport(), m_session->clock(),
                                    m_session->weights(), this);
        client->setBaseUrl(m_portfolioBaseUrl);
        client->setCredentials(m_memberKeys.value(email));
        m_memberClients.insert(email, client);
    }
    return client;
}

void CompositionPoller::runInOrder(QList<Request> requests, std::function<void()> done) {
    if (requests.isEmpty()) {
        done();
        return;
    }
    Request first = requests.takeFirst();
    first.start([this, requests, done](bool) { runInOrder(requests, done); });
}

void CompositionPoller::fetchOnce(std::function<void()> done) {
    runInOrder(planRatios(), [this, done] {
        runInOrder(planComposition(), [this, done] { runInOrder(planPrices(), done); });
    });
}

QString CompositionPoller::describe(const ExchangeError &error) {
    const QString code = error.code != 0 ? QStringLiteral(" %1").arg(error.code) : QString();
    switch (error.kind) {
    case ExchangeError::Kind::Auth:
        return tr("the key is not allowed to (exchange code%1: %2)").arg(code, error.message);
    case ExchangeError::Kind::Signature:
        return tr("the secret does not match the key");
    case ExchangeError::Kind::Network:
    case ExchangeError::Kind::Timeout:
    case ExchangeError::Kind::Tls:
        return tr("the exchange could not be reached");
    case ExchangeError::Kind::RateLimited:
    case ExchangeError::Kind::Banned:
        return tr("the exchange is limiting requests");
    case ExchangeError::Kind::Server:
        return tr("the exchange reported an internal error");
    case ExchangeError::Kind::Parse:
        return tr("the exchange's answer could not be read (%1)").arg(error.message);
    case ExchangeError::Kind::Clock:
        return tr("this computer's clock is out of step with the exchange");
    default:
        return tr("the exchange refused the request (code%1: %2)").arg(code, error.message);
    }
}

WalletHoldings CompositionPoller::unread(const WalletKey &key, const QString &reason) {
    WalletHoldings h;
    h.email = key.email;
    h.type = key.type;
    h.available = false;
    h.reason = reason;
    h.fetchedAt = now();
    return h;
}

QString CompositionPoller::unavailable(const QString &why) {
    return tr("composition unavailable: %1").arg(why);
}

} // namespace loandesk
