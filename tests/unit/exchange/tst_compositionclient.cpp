#include "compositionexamples.h"
#include "scriptedserver.h"
#include "testhelpers.h"

#include "exchange/exchangeclient.h"
#include "exchange/requestsigner.h"
#include "exchange/serverclock.h"
#include "exchange/weighttracker.h"

#include "exchange/httptransport.h"
#include <QtTest>

#include <memory>
#include <optional>

using namespace loandesk;
using Kind = ExchangeError::Kind;

namespace {

const QByteArray Secret = QByteArrayLiteral("test-secret");
const QString ApiKey = QStringLiteral("test-key");

bool signatureValid(const ReceivedRequest &r) {
    const qsizetype cut = r.query.lastIndexOf("&signature=");
    return cut > 0 && RequestSigner(Secret).hmacHex(r.query.left(cut)) == r.query.mid(cut + 11);
}

// Answers every request with `body` and the weight header the exchange sends for its path.
ScriptedServer::Script answer(const QByteArray &body, const QByteArray &weightHeader) {
    return [body, weightHeader](const ReceivedRequest &) {
        return ScriptedServer::response(200, body, weightHeader + "\r\n");
    };
}

} // namespace

// The composition requests as they go on the wire: path, parameters, which of them are signed,
// which carry only the key and which nothing, and the weight each one is accounted.
class tst_CompositionClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void subAccountSpotIsSignedWithTheEmail();
    void subAccountMarginIsSigned();
    void portfolioCallsAreSigned();
    void crossMarginRatioSendsTheKeyButNoSignature();
    void portfolioRateIsSigned();
    void pricesAreOnePublicBatchedRequest();
    void noSymbolsSendsNothing();
    void marketDataNeedsAKey();
    void htmlPageOnACompositionPath();
    void hugeBodyOnACompositionPath();

private:
    template <typename T, typename Call> Result<T> await(Call call) {
        std::optional<Result<T>> out;
        call([&out](Result<T> r) { out.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            return ExchangeError::make(Kind::Timeout, QStringLiteral("test timed out"));
        return std::move(*out);
    }
    const ReceivedRequest &only() const {
        if (m_server->requests().size() != 1)
            qFatal("expected exactly one request, got %d", int(m_server->requests().size()));
        return m_server->requests().first();
    }

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<ServerClock> m_clock;
    std::unique_ptr<WeightTracker> m_weights;
    std::unique_ptr<ExchangeClient> m_client;
};

void tst_CompositionClient::init() {
    m_server = std::make_unique<ScriptedServer>();
    m_transport = std::make_unique<HttpTransport>();
    m_clock = std::make_unique<ServerClock>();
    m_weights = std::make_unique<WeightTracker>();
    m_client = std::make_unique<ExchangeClient>(m_transport.get(), m_clock.get(), m_weights.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setCredentials({ApiKey, Secret});
    m_client->setRequestTimeoutMs(5000);
}

void tst_CompositionClient::cleanup() {
    m_client.reset();
    m_weights.reset();
    m_clock.reset();
    m_transport.reset();
    m_server.reset();
}

void tst_CompositionClient::subAccountSpotIsSignedWithTheEmail() {
    m_server->setScript(answer(examples::SubAccountAssetsV4, "X-SAPI-USED-UID-WEIGHT-1M: 60"));
    const auto r = await<QList<SpotBalance>>([&](auto cb) {
        m_client->fetchSubAccountSpot(QStringLiteral("desk+1@test.com"), this, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().first().free, dec("11467.6399"));
    const ReceivedRequest &req = only();
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, QByteArray("/sapi/v4/sub-account/assets"));
    QVERIFY2(req.query.startsWith("email=desk%2B1%40test.com&recvWindow=5000&timestamp="),
             req.query.constData());
    QCOMPARE(req.header("X-MBX-APIKEY"), ApiKey.toUtf8());
    QVERIFY(signatureValid(req));
    const WeightTracker::Usage u = m_weights->usage(QStringLiteral("/sapi/v4/sub-account/assets"));
    QCOMPARE(u.scope, WeightTracker::Scope::Uid);
    QCOMPARE(u.used, 60);
    QCOMPARE(u.weight, 60);
    QCOMPARE(u.limit, 180000);
}

void tst_CompositionClient::subAccountMarginIsSigned() {
    m_server->setScript(answer(examples::MarginAccount, "X-SAPI-USED-IP-WEIGHT-1M: 10"));
    const auto r = await<CrossMarginAccount>(
        [&](auto cb) { m_client->fetchSubAccountMargin(QStringLiteral("m@test.com"), this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().assets.first().borrowed, dec("201.66666672"));
    const ReceivedRequest &req = only();
    QCOMPARE(req.path, QByteArray("/sapi/v1/sub-account/margin/account"));
    QVERIFY(req.query.startsWith("email=m%40test.com&recvWindow=5000&timestamp="));
    QVERIFY(signatureValid(req));
    const auto u = m_weights->usage(QStringLiteral("/sapi/v1/sub-account/margin/account"));
    QCOMPARE(u.used, 10);
    QCOMPARE(u.weight, 10);
    QCOMPARE(u.limit, 12000);
}

void tst_CompositionClient::portfolioCallsAreSigned() {
    m_server->setScript([](const ReceivedRequest &r) {
        const QByteArray body =
            r.path.endsWith("balance") ? examples::PortfolioBalance : examples::PortfolioAccount;
        return ScriptedServer::response(200, body, "X-MBX-USED-WEIGHT-1M: 20\r\n");
    });
    const auto balances = await<QList<PortfolioBalance>>(
        [&](auto cb) { m_client->fetchPortfolioBalances(this, cb); });
    QVERIFY2(balances.ok(), qPrintable(balances.error().message));
    QCOMPARE(balances.value().first().crossMarginFree, dec("100"));
    const auto account =
        await<PortfolioAccount>([&](auto cb) { m_client->fetchPortfolioAccount(this, cb); });
    QVERIFY2(account.ok(), qPrintable(account.error().message));
    QCOMPARE(account.value().accountEquity, dec("122607.35137903"));

    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).path, QByteArray("/papi/v1/balance"));
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/papi/v1/account"));
    for (const ReceivedRequest &req : m_server->requests()) {
        QVERIFY(req.query.startsWith("recvWindow=5000&timestamp="));
        QVERIFY(signatureValid(req));
        QCOMPARE(req.header("X-MBX-APIKEY"), ApiKey.toUtf8());
    }
    // /papi reports its weight like the trading APIs, against 6 000 a minute
    const auto u = m_weights->usage(QStringLiteral("/papi/v1/balance"));
    QCOMPARE(u.used, 20);
    QCOMPARE(u.weight, 20);
    QCOMPARE(u.limit, 6000);
}

void tst_CompositionClient::crossMarginRatioSendsTheKeyButNoSignature() {
    m_server->setScript(answer(examples::CrossMarginRatio, "X-SAPI-USED-IP-WEIGHT-1M: 100"));
    const auto r = await<QHash<QString, TieredRatio>>(
        [&](auto cb) { m_client->fetchCrossMarginCollateralRatios(this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().size(), 5);
    const ReceivedRequest &req = only();
    QCOMPARE(req.path, QByteArray("/sapi/v1/margin/crossMarginCollateralRatio"));
    QVERIFY2(req.query.isEmpty(), req.query.constData()); // no timestamp, no signature
    QCOMPARE(req.header("X-MBX-APIKEY"), ApiKey.toUtf8());
    const auto u = m_weights->usage(QStringLiteral("/sapi/v1/margin/crossMarginCollateralRatio"));
    QCOMPARE(u.used, 100);
    QCOMPARE(u.weight, 100);
}

void tst_CompositionClient::portfolioRateIsSigned() {
    m_server->setScript(answer(examples::PortfolioTieredRate, "X-SAPI-USED-IP-WEIGHT-1M: 50"));
    const auto r = await<QHash<QString, TieredRatio>>(
        [&](auto cb) { m_client->fetchPortfolioCollateralRates(this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(r.value().contains(QStringLiteral("BNB")));
    const ReceivedRequest &req = only();
    QCOMPARE(req.path, QByteArray("/sapi/v2/portfolio/collateralRate"));
    QVERIFY(req.query.startsWith("recvWindow=5000&timestamp="));
    QVERIFY(signatureValid(req));
    QCOMPARE(m_weights->usage(QStringLiteral("/sapi/v2/portfolio/collateralRate")).weight, 50);
}

void tst_CompositionClient::pricesAreOnePublicBatchedRequest() {
    m_server->setScript(answer(examples::TickerPrices, "X-MBX-USED-WEIGHT-1M: 4"));
    const auto r = await<QMap<QString, Decimal>>([&](auto cb) {
        m_client->fetchPrices({QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")}, this, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r.value().value(QStringLiteral("BTCUSDT")), dec("97123.45"));
    const ReceivedRequest &req = only();
    QCOMPARE(req.path, QByteArray("/api/v3/ticker/price"));
    // symbols=["BTCUSDT","ETHUSDT"], percent-encoded; nothing else
    QCOMPARE(req.query, QByteArray("symbols=%5B%22BTCUSDT%22%2C%22ETHUSDT%22%5D"));
    QCOMPARE(QUrl::fromPercentEncoding(req.query),
             QStringLiteral("symbols=[\"BTCUSDT\",\"ETHUSDT\"]"));
    QVERIFY(req.header("X-MBX-APIKEY").isEmpty()); // public: the key is not sent
    const auto u = m_weights->usage(QStringLiteral("/api/v3/ticker/price"));
    QCOMPARE(u.used, 4);
    QCOMPARE(u.weight, 4);
    QCOMPARE(u.limit, 6000);
}

void tst_CompositionClient::noSymbolsSendsNothing() {
    int calls = 0;
    std::optional<Result<QMap<QString, Decimal>>> out;
    m_client->fetchPrices({}, this, [&](Result<QMap<QString, Decimal>> r) {
        ++calls;
        out.emplace(std::move(r));
    });
    QCOMPARE(calls, 0); // never inside the call
    QTRY_COMPARE(calls, 1);
    QVERIFY(out->ok());
    QVERIFY(out->value().isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void tst_CompositionClient::marketDataNeedsAKey() {
    m_client->setCredentials({});
    m_server->setScript(answer(examples::TickerPrices, "X-MBX-USED-WEIGHT-1M: 4"));
    const auto ratios = await<QHash<QString, TieredRatio>>(
        [&](auto cb) { m_client->fetchCrossMarginCollateralRatios(this, cb); });
    QCOMPARE(ratios.error().kind, Kind::Auth);
    QVERIFY(m_server->requests().isEmpty());
    // prices are public: no key needed
    const auto prices = await<QMap<QString, Decimal>>(
        [&](auto cb) { m_client->fetchPrices({QStringLiteral("BTCUSDT")}, this, cb); });
    QVERIFY2(prices.ok(), qPrintable(prices.error().message));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_CompositionClient::htmlPageOnACompositionPath() {
    m_server->setScript([](const ReceivedRequest &) {
        return "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 69\r\n\r\n"
               "<html><head><title>502 Bad Gateway</title></head><body></body></html>";
    });
    const auto r = await<QList<SpotBalance>>(
        [&](auto cb) { m_client->fetchSubAccountSpot(QStringLiteral("a@test.com"), this, cb); });
    QCOMPARE(r.error().kind, Kind::Server);
    QCOMPARE(r.error().httpStatus, 502);
    QVERIFY2(r.error().message.startsWith(QStringLiteral("HTML page instead of JSON (HTTP 502)")),
             qPrintable(r.error().message));
}

void tst_CompositionClient::hugeBodyOnACompositionPath() {
    // every symbol the exchange lists, when only a few were asked for: aborted while downloading
    m_client->setMaxResponseBytes(4096);
    QByteArray many = "[";
    for (int i = 0; i < 2000; ++i)
        many += "{\"symbol\":\"S" + QByteArray::number(i) + "USDT\",\"price\":\"1.00000000\"},";
    many.back() = ']';
    m_server->setScript(
        [many](const ReceivedRequest &) { return ScriptedServer::response(200, many); });
    const auto r = await<QMap<QString, Decimal>>(
        [&](auto cb) { m_client->fetchPrices({QStringLiteral("BTCUSDT")}, this, cb); });
    QCOMPARE(r.error().kind, Kind::Parse);
    QVERIFY2(r.error().message.startsWith(QStringLiteral("response too large (over 4096 bytes)")),
             qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(tst_CompositionClient)
#include "tst_compositionclient.moc"
