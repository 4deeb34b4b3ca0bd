// loandesk-sim: the simulated exchange as a standalone server for anyone testing a client.
// Its command line and its first output line are a contract (README "Command line").
#include "pastreplay.h"
#include "scenario.h"
#include "simexchange.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace loandesk::sim;

namespace {

void printLine(const QString &line) {
    // Flushed per line: scripts wait for the first line before they connect.
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message) {
    std::fputs(qPrintable(QStringLiteral("loandesk-sim: ") + message + u'\n'), stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loandesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOANDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated Binance Institutional Loan exchange on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("Built-in scenario (%1) or a JSON file.")
            .arg(Scenario::builtinNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME|FILE"), QStringLiteral("calm"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the market's random walk."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
                                       QStringLiteral("The parent account's API key."),
                                       QStringLiteral("K"));
    const QCommandLineOption secretOption(QStringLiteral("api-secret"),
                                          QStringLiteral("The parent account's HMAC secret."),
                                          QStringLiteral("S"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault: endpoint:kind[:param][:once|:N] (repeatable). Kinds: "
                       "latency, 5xx, 5xx-text, 429, 418, malformed-json, truncated, html, drop, "
                       "response-lost, executes-late, records-late, skew."),
        QStringLiteral("SPEC"));
    const QCommandLineOption pastOption(
        QStringLiteral("past"),
        QStringLiteral("Serve the month before the start (borrows, repays, interest, a forced "
                       "liquidation) from the record endpoints, as demo mode does."));
    parser.addOptions(
        {portOption, scenarioOption, seedOption, keyOption, secretOption, faultOption, pastOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port must be 0..65535"));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative integer"));
    if (parser.isSet(keyOption) != parser.isSet(secretOption))
        return fail(QStringLiteral("--api-key and --api-secret go together"));

    QString error;
    const std::optional<Scenario> scenario = Scenario::load(parser.value(scenarioOption), &error);
    if (!scenario)
        return fail(error);

    SimExchange exchange(*scenario, seed);
    if (parser.isSet(pastOption)) {
        PastReplay past(*scenario, seed, exchange.engine().startMs());
        if (!past.run(&error))
            return fail(QStringLiteral("no past for this scenario: %1").arg(error));
        exchange.engine().addPastRecords(past.units());
    }
    if (parser.isSet(keyOption))
        exchange.setParentCredentials(
            {parser.value(keyOption), parser.value(secretOption).toUtf8()});
    for (const QString &spec : parser.values(faultOption)) {
        if (!exchange.faults()->addFromSpec(spec, &error))
            return fail(error);
    }
    if (!exchange.listen(quint16(port)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                        .arg(port)
                        .arg(exchange.errorString()));

    printLine(QStringLiteral("listening on http://127.0.0.1:%1").arg(exchange.port()));
    for (const SimAccount &account : exchange.accounts()) {
        printLine(QStringLiteral("key role=%1 groupId=%2 email=%3 apiKey=%4 secret=%5")
                      .arg(account.roleName(),
                           account.role == SimAccount::Role::Parent
                               ? QStringLiteral("*")
                               : QString::number(account.groupId),
                           account.email, account.credentials.apiKey,
                           QString::fromUtf8(account.credentials.secret)));
    }
    return app.exec();
}
