#include "common/translations.h"
#include "shell/commandline.h"
#include "shell/launcher.h"
#include "shell/terminationsignals.h"

#include "settings/environmentsecrets.h"
#include "settings/settingsservice.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace loandesk;

namespace {

void setIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("LoanDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("LoanDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOANDESK_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
    // Before anything can start a thread or a child: secrets given in the environment move
    // into memory, and no child (the alert hook) inherits them.
    EnvironmentSecrets::take();
    // The command line is read before any display is touched, so --help, --version, a bad
    // option or a headless --snapshot work on a machine without one.
    CommandLine options;
    {
        QCoreApplication cli(argc, argv);
        setIdentity();
        Translations::install();
        QString error;
        if (!CommandLine::parse(QCoreApplication::arguments(), &options, &error)) {
            std::fprintf(stderr, "loandesk: %s\n", qPrintable(error));
            return 2;
        }
    }
    // A snapshot never needs a display, and must not flash a window where there is one.
    if (options.headless() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.loandesk.LoanDesk"));
    // The settings are read once, here; everything after follows this one copy.
    SettingsService settings;
    settings.load();
    // Settings → Appearance → language; --lang still wins for this run. Installed before any
    // window exists: every window, menu and chart is built in one language.
    Translations::install(options.language.isEmpty() ? settings.app().language : options.language);
    Launcher launcher(options, &settings);
    QObject::connect(&launcher, &Launcher::finished, &app, [](int code, const QString &message) {
        if (!message.isEmpty())
            std::fprintf(code == 0 ? stdout : stderr, "loandesk: %s\n", qPrintable(message));
        QCoreApplication::exit(code);
    });
    // A logout, shutdown or `kill` quits like File → Quit (128 + the signal, as a shell
    // reports it): desks close, and the history still written behind is committed.
    TerminationSignals terminate;
    QObject::connect(&terminate, &TerminationSignals::received, &app,
                     [](int signal) { QCoreApplication::exit(128 + signal); });
    // Start inside the event loop, so a failure at start-up reaches QCoreApplication::exit().
    QTimer::singleShot(0, &launcher, &Launcher::start);
    return QApplication::exec();
}
