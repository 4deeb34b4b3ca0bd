#include "shell/commandline.h"
#include "shell/headlesssnapshot.h"
#include "shell/launcher.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace loandesk;

int main(int argc, char *argv[]) {
    // A snapshot never needs a display, and must not flash a window where there is one.
    bool headless = false;
    for (int i = 1; i < argc; ++i)
        headless = headless || qstrcmp(argv[i], "--snapshot") == 0;
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LoanDesk"));
    QApplication::setOrganizationName(QStringLiteral("LoanDesk"));
    QApplication::setApplicationVersion(QStringLiteral(LOANDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.loandesk.LoanDesk"));

    Launcher::installTranslations();

    CommandLine options;
    QString error;
    if (!CommandLine::parse(QApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "loandesk: %s\n", qPrintable(error));
        return 2;
    }
    Launcher launcher(options);
    QObject::connect(&launcher, &Launcher::finished, &app, [](int code, const QString &message) {
        if (!message.isEmpty())
            std::fprintf(code == 0 ? stdout : stderr, "loandesk: %s\n", qPrintable(message));
        QCoreApplication::exit(code);
    });
    // Start inside the event loop, so a failure at start-up reaches QCoreApplication::exit().
    QTimer::singleShot(0, &launcher, &Launcher::start);
    return QApplication::exec();
}
