#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace loandesk::sim {

// Faults the simulator injects into its responses, per endpoint or for all of them, one-shot or
// persistent. Thread-safe: tests and the GUI's demo controls may add faults from another thread
// than the server's. Endpoint names match a full path ("/sapi/v1/margin/loan-group/borrow") or
// its last segment ("borrow", "ltv-details", "time"); "*" or "all" match every endpoint.
class FaultInjector {
public:
    enum class Kind {
        Latency,         // delay the response by `param` ms (a timer, never a sleep)
        ServerError,     // HTTP `param` (default 503) with {"code":-1000,…}; not executed
        ServerErrorText, // HTTP `param` (default 500) with a plain-text body, no JSON
        RateLimited,     // HTTP 429 -1003 with Retry-After `param` s (default 10)
        Banned,          // HTTP 418 -1003 with Retry-After `param` s (default 120)
        MalformedJson,   // HTTP 200 with a body that is not valid JSON
        TruncatedBody,   // real response, Content-Length larger than the bytes sent, then close
        HtmlErrorPage,   // HTTP 502 with an nginx HTML page
        DropConnection,  // close the connection without responding; not executed
        ResponseLost,    // execute the request, then close without responding
        // Accept a borrow or repay, close without responding and carry the order out `param` ms
        // later (default 30 000) in simulator time; other endpoints run at once, as ResponseLost.
        ExecutesLate,
        // Not an outcome (combines with one, like Latency): the borrow-repay record of the order
        // this request executes appears `param` ms (default 30 000) after the execution.
        RecordsLate,
        // Business data (composition endpoints; see BusinessFault): the request runs and its
        // HTTP 200 answer is altered. A balance row loses its "asset"; a balance turns negative;
        // a balance list gains an asset no market prices (FDUSD); the price endpoints leave out
        // BTC (a single BTCUSDT ticker answers -1121); a ratio table loses its second tier.
        MissingAsset,
        NegativeBalance,
        UnknownAsset,
        UnpricedAsset,
        TierGap,
    };

    struct Fault {
        QString endpoint = QStringLiteral("*");
        Kind kind = Kind::Latency;
        qint64 param = 0;   // 0 = the kind's default
        int remaining = -1; // how many requests it still affects; -1 = until removed
    };

    // What to do with one request: an added delay, a delay before its record is published and
    // at most one outcome fault.
    struct Plan {
        qint64 latencyMs = 0;
        qint64 recordsLateMs = 0;
        std::optional<Fault> outcome;
    };

    void add(const Fault &fault);
    void addOnce(const QString &endpoint, Kind kind, qint64 param = 0);
    void addPersistent(const QString &endpoint, Kind kind, qint64 param = 0);
    // Command-line form "endpoint:kind[:param][:once|:N]", e.g. "borrow:response-lost:0:once",
    // "ltv-details:latency:1500", "*:5xx:502", "all:skew:-3000" (skew sets the server clock).
    bool addFromSpec(const QString &spec, QString *error = nullptr);
    void clear();
    QList<Fault> faults() const;

    // Picks the faults for a request and uses up one-shot ones.
    Plan take(const QByteArray &path);

    // Offset added to the server's clock (/api/v3/time and timestamp checks).
    qint64 clockSkewMs() const;
    void setClockSkewMs(qint64 skewMs);

    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindName(Kind kind);
    static qint64 defaultParam(Kind kind);

private:
    static bool matches(const QString &endpoint, const QByteArray &path);

    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    qint64 m_clockSkewMs = 0;
};

} // namespace loandesk::sim
