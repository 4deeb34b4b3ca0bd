#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace loandesk {

bool CommandLine::parse(const QStringList &arguments, CommandLine *out, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Treasury dashboard for Binance Institutional Loan risk units."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Start the built-in simulated exchange and connect to it."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QCoreApplication::translate(
            "CommandLine", "Simulator scenario for --demo (calm, stressed or a JSON file)."),
        QStringLiteral("NAME|FILE"), QStringLiteral("calm"));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        QCoreApplication::translate(
            "CommandLine",
            "Fetch once, render the dashboard offscreen to FILE (.png or .pdf) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption dump(
        QStringLiteral("dump"),
        QCoreApplication::translate("CommandLine",
                                    "With --snapshot: also write the normalized state as JSON."),
        QStringLiteral("FILE"));
    const QCommandLineOption groupId(
        QStringLiteral("group-id"),
        QCoreApplication::translate("CommandLine", "Only this risk unit."), QStringLiteral("N"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate("CommandLine",
                                    "Exchange API base URL (default https://api.binance.com)."),
        QStringLiteral("URL"));
    const QCommandLineOption mask(
        QStringLiteral("mask-emails"),
        QCoreApplication::translate("CommandLine",
                                    "Mask sub-account emails in snapshots and dumps."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Use the saved profile NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "User interface language (en, zh_CN)."),
        QStringLiteral("LANG"));
    parser.addOptions({demo, scenario, snapshot, dump, groupId, baseUrl, mask, profile, language});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "unexpected argument: %1")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }

    CommandLine cl;
    cl.demo = parser.isSet(demo);
    cl.scenario = parser.value(scenario);
    cl.snapshot = parser.value(snapshot);
    cl.dump = parser.value(dump);
    cl.maskEmails = parser.isSet(mask);
    cl.profile = parser.value(profile);
    cl.language = parser.value(language);
    if (parser.isSet(groupId)) {
        bool ok = false;
        const qint64 id = parser.value(groupId).toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = QCoreApplication::translate("CommandLine",
                                                 "--group-id must be a positive number, not \"%1\"")
                         .arg(parser.value(groupId));
            return false;
        }
        cl.groupId = id;
    }
    if (parser.isSet(baseUrl)) {
        cl.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        const bool loopback = cl.baseUrl.host() == u"127.0.0.1" ||
                              cl.baseUrl.host() == u"localhost" || cl.baseUrl.host() == u"::1";
        if (!cl.baseUrl.isValid() ||
            (cl.baseUrl.scheme() != u"https" && !(cl.baseUrl.scheme() == u"http" && loopback))) {
            *error = QCoreApplication::translate(
                         "CommandLine",
                         "--base-url must be an https URL (plain http only to loopback): %1")
                         .arg(parser.value(baseUrl));
            return false;
        }
    }
    if (cl.demo && !cl.baseUrl.isEmpty()) {
        *error =
            QCoreApplication::translate("CommandLine", "--demo and --base-url cannot be combined");
        return false;
    }
    if (!cl.dump.isEmpty() && cl.snapshot.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "--dump needs --snapshot");
        return false;
    }
    if (!cl.snapshot.isEmpty()) {
        const QString suffix = QFileInfo(cl.snapshot).suffix().toLower();
        if (suffix != u"png" && suffix != u"pdf") {
            *error = QCoreApplication::translate("CommandLine",
                                                 "--snapshot must end in .png or .pdf: %1")
                         .arg(cl.snapshot);
            return false;
        }
    }
    *out = cl;
    return true;
}

} // namespace loandesk
