#include "settingsmenu.h"

#include "keyreporttext.h"
#include "profilestartup.h"
#include "settingsdialog.h"

#include "alertdelivery/alertcenter.h"
#include "common/apptheme.h"
#include "models/displayformat.h"
#include "monitor/monitorsession.h"
#include "monitor/pollscheduler.h"
#include "session/sessionsetup.h"
#include "settings/appsettings.h"
#include "settings/environmentsecrets.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilelock.h"
#include "settings/profilestore.h"
#include "settings/settingsservice.h"
#include "storage/historystore.h"

#include <QDir>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTimer>

namespace loandesk {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SettingsMenu)
};

// Alert settings of the profile this window shows (defaults for demo or environment keys).
AlertSettings alertSettingsFor(const QString &profileName) {
    ProfileStore store;
    store.load();
    const std::optional<Profile> p = store.profile(profileName);
    return p ? p->alerts : AlertSettings{};
}

} // namespace

void SettingsMenu::install(QMainWindow *window, MonitorSession *session, const QString &profileName,
                           const std::function<void(const QString &)> &openProfile) {
    SessionSetup::useSystemProxy();
    // The time zone, language and theme were applied at start-up (main.cpp).
    const AppSettings app = AppSettings::load();
    auto *alerts =
        new AlertCenter(session, window, alertSettingsFor(profileName), app.muteSounds, window);
    alerts->setTrayEnabled(app.trayNotifications);
    auto *secrets = new KeychainSecretStore(QStringLiteral("LoanDesk"), window);
    QObject::connect(secrets, &KeychainSecretStore::keychainUnavailable, window, [window] {
        window->statusBar()->showMessage(
            Tr::tr("No keychain service is running: secrets entered now are kept in memory for "
                   "this run only."),
            15000);
    });

    QMenu *menu = window->menuBar()->addMenu(Tr::tr("&Settings"));
    menu->setObjectName(QStringLiteral("settingsMenu"));
    QAction *settings = menu->addAction(Tr::tr("&Settings…"), window, [=] {
        SettingsService service; // until the desk hands every window its one service
        service.load();
        AppTheme::follow(&service);
        DisplayFormat::follow(&service);
        SettingsDialog dialog(&service, secrets, window);
        QObject::connect(&dialog, &SettingsDialog::saved, window, [=] {
            const AppSettings saved = AppSettings::load();
            alerts->setSettings(alertSettingsFor(profileName), saved.muteSounds);
            alerts->setTrayEnabled(saved.trayNotifications);
            for (HistoryStore *store : window->findChildren<HistoryStore *>())
                store->setRetentionDays(saved.historyRetentionDays);
        });
        const QString languageBefore = AppSettings::load().language;
        dialog.exec();
        // Every window, menu and chart is built in one language; a restart rebuilds them all.
        if (AppSettings::load().language != languageBefore &&
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
    QAction *connect = menu->addAction(Tr::tr("&Connect profile…"), window, [window, openProfile] {
        ProfileStore store;
        store.load();
        if (store.names().isEmpty()) {
            QMessageBox::information(window, Tr::tr("Connect profile"),
                                     Tr::tr("There are no profiles yet. Create one in "
                                            "Settings → Connection."));
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(
            window, Tr::tr("Connect profile"), Tr::tr("Profile:"), store.names(), 0, false, &ok);
        if (ok)
            openProfile(name);
    });
    connect->setObjectName(QStringLiteral("connectProfileAction"));
    menu->addAction(Tr::tr("&Alerts…"), alerts, &AlertCenter::showLog);

    KeyInspector::inspect(session, window, [window](const KeyReport &report) {
        window->statusBar()->showMessage(keyReportText(report), 30000);
    });
}

} // namespace loandesk
