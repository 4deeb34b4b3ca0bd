#include "settingsmenu.h"

#include "settingsdialog.h"

#include "alertdelivery/alertdelivery.h"
#include "desk/desk.h"
#include "settings/environmentsecrets.h"
#include "settings/settingsservice.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>

namespace loandesk {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SettingsMenu)
};

} // namespace

void SettingsMenu::install(QMainWindow *window, Desk *desk, AlertDelivery *alerts,
                           const std::function<void(const QString &)> &openProfile) {
    SecretStore *secrets = desk->secrets();
    QMenu *menu = window->menuBar()->addMenu(Tr::tr("&Settings"));
    menu->setObjectName(QStringLiteral("settingsMenu"));
    QAction *settings = menu->addAction(Tr::tr("&Settings…"), window, [=] {
        // A saved change reaches every window through the service's signals.
        SettingsDialog dialog(desk->settings(), secrets, window);
        const QString languageBefore = desk->settings()->app().language;
        dialog.exec();
        // Every window, menu and chart is built in one language; a restart rebuilds them all.
        if (desk->settings()->app().language != languageBefore &&
            QMessageBox::question(window, Tr::tr("Language changed"),
                                  Tr::tr("LoanDesk shows the new language after a restart. "
                                         "Restart now?")) == QMessageBox::Yes) {
            // LoanDesk itself, so it gets back the secrets it was started with.
            QProcess restart;
            restart.setProgram(QCoreApplication::applicationFilePath());
            restart.setArguments(QCoreApplication::arguments().mid(1));
            restart.setProcessEnvironment(EnvironmentSecrets::environmentForRestart());
            restart.startDetached();
            QCoreApplication::quit(); // every window: one LoanDesk restarts, not one per window
        }
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    QAction *connect =
        menu->addAction(Tr::tr("&Connect profile…"), window, [window, desk, openProfile] {
            const QStringList names = desk->settings()->profileNames();
            if (names.isEmpty()) {
                QMessageBox::information(window, Tr::tr("Connect profile"),
                                         Tr::tr("There are no profiles yet. Create one in "
                                                "Settings → Connection."));
                return;
            }
            bool ok = false;
            const QString name = QInputDialog::getItem(window, Tr::tr("Connect profile"),
                                                       Tr::tr("Profile:"), names, 0, false, &ok);
            if (ok)
                openProfile(name);
        });
    connect->setObjectName(QStringLiteral("connectProfileAction"));
    menu->addAction(Tr::tr("&Alerts…"), alerts, &AlertDelivery::showLog);
}

} // namespace loandesk
