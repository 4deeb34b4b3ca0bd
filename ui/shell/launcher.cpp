#include "launcher.h"

#include "connectdialog.h"
#include "deskopener.h"
#include "headlesssnapshot.h"
#include "welcomedialog.h"

#include "common/apptheme.h"
#include "preferences/profilestartup.h"

#include "desk/desk.h"
#include "models/displayformat.h"
#include "settings/environmentsecrets.h"
#include "settings/settingsservice.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"
#include "sim/simserverthread.h"

#include <algorithm>

namespace loandesk {

Launcher::Launcher(const CommandLine &options, SettingsService *settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_windows(new DeskOpener(m_settings, this)) {
    // The whole process follows the settings: dates in every window, and, where there is a
    // screen, the theme (a snapshot for the risk committee keeps the standard light palette).
    DisplayFormat::follow(m_settings);
    if (!m_options.headless())
        AppTheme::follow(m_settings);
}

Launcher::~Launcher() = default;

void Launcher::start() {
    if (m_options.demo) {
        startDemo();
        return;
    }
    if (!m_options.profile.isEmpty()) {
        // The profile file, the keychain and their errors are handled in ui/preferences.
        ProfileStartup::open(
            m_options.profile, this,
            [this](const ResolvedProfile &r) {
                connectTo({r.profile.baseUrl,
                           r.monitorKey(),
                           r.profile.name,
                           DeskKind::Real,
                           DeskOptions::Role::Window,
                           r,
                           {}});
            },
            [this](const QString &why) { Q_EMIT finished(2, why); });
        return;
    }
    const ApiCredentials env{qEnvironmentVariable("LOANDESK_API_KEY"),
                             EnvironmentSecrets::apiSecret()};
    const QUrl url = m_options.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.binance.com"))
                                                 : m_options.baseUrl;
    if (!env.isEmpty()) {
        connectTo({url, env, url.host()});
        return;
    }
    if (m_options.headless()) {
        Q_EMIT finished(
            2, tr("no credentials: set LOANDESK_API_KEY and LOANDESK_API_SECRET, or use --demo"));
        return;
    }
    askHowToStart();
}

void Launcher::askHowToStart() {
    WelcomeDialog welcome;
    const int choice = welcome.exec();
    if (choice == WelcomeDialog::Demo) {
        startDemo();
        return;
    }
    if (choice == WelcomeDialog::Connect) {
        ConnectDialog dialog;
        if (dialog.exec() == QDialog::Accepted) {
            const QUrl url = dialog.baseUrl();
            connectTo({url, dialog.takeCredentials(), url.host()});
            return;
        }
    }
    Q_EMIT finished(0, {});
}

void Launcher::startDemo() {
    QString error;
    const std::optional<sim::Scenario> scenario = sim::Scenario::load(m_options.scenario, &error);
    if (!scenario) {
        Q_EMIT finished(2, tr("cannot load scenario %1: %2").arg(m_options.scenario, error));
        return;
    }
    m_sim = new sim::SimServerThread(this);
    connect(m_sim, &sim::SimServerThread::failed, this, [this](const QString &why) {
        Q_EMIT finished(1, tr("the simulated exchange did not start: %1").arg(why));
    });
    connect(m_sim, &sim::SimServerThread::started, this, [this](const QUrl &url) {
        // The parent key sees every unit of the scenario; demo mode also knows each unit's
        // credit key, so borrowing and repaying can be tried.
        const QList<sim::SimAccount> accounts = m_sim->accounts();
        auto parent =
            std::find_if(accounts.cbegin(), accounts.cend(), [](const sim::SimAccount &a) {
                return a.role == sim::SimAccount::Role::Parent;
            });
        if (parent == accounts.cend()) {
            Q_EMIT finished(1, tr("the demo scenario has no parent account"));
            return;
        }
        DeskOptions demo{url, parent->credentials, tr("demo"), DeskKind::Demo};
        demo.demoPast = m_sim->takePast();
        // The simulator serves /papi on its one port, and knows each Portfolio Margin
        // member's read-only key: the demo shows every unit's collateral by asset.
        demo.portfolioBaseUrl = url;
        for (const sim::SimAccount &a : accounts) {
            if (a.role == sim::SimAccount::Role::Credit)
                demo.creditKeys.insert(a.groupId, a.credentials);
            else if (a.role == sim::SimAccount::Role::Member)
                demo.memberKeys.insert(a.email, a.credentials);
        }
        connectTo(demo);
    });
    // A window's demo starts with the simulator's month before now; a snapshot keeps no
    // history, so it does not wait for one.
    m_sim->start(*scenario, 1, 0, !m_options.headless());
}

void Launcher::connectTo(DeskOptions options) {
    if (m_options.headless()) {
        options.role = DeskOptions::Role::Snapshot;
        runSnapshot(std::move(options));
        return;
    }
    m_windows->open(std::move(options), nullptr,
                    [this](const QString &why) { Q_EMIT finished(1, why); });
}

void Launcher::runSnapshot(DeskOptions options) {
    auto *desk = new Desk(std::move(options), m_settings, {}, this);
    desk->start();
    auto *run = new HeadlessSnapshot(m_options, desk, desk);
    connect(run, &HeadlessSnapshot::finished, this, &Launcher::finished);
    run->start();
}

} // namespace loandesk
