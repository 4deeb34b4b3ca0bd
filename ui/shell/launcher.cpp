#include "launcher.h"

#include "connectdialog.h"
#include "headlesssnapshot.h"
#include "mainwindow.h"
#include "welcomedialog.h"

#include "monitor/monitorsession.h"
#include "monitor/pollscheduler.h"
#include "preferences/profilestartup.h"
#include "session/sessionsetup.h"
#include "settings/environmentsecrets.h"
#include "settings/profilelock.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"
#include "sim/simserverthread.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>

namespace loandesk {

Launcher::Launcher(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {}

Launcher::~Launcher() {
    delete m_window;
}

void Launcher::start() {
    if (m_options.demo) {
        startDemo();
        return;
    }
    if (!m_options.profile.isEmpty()) {
        // The profile file, the keychain and their errors are handled in ui/settings.
        ProfileStartup::open(
            m_options.profile, this,
            [this](const ResolvedProfile &r) {
                m_profile = r;
                connectTo(r.profile.baseUrl, r.monitorKey(), r.profile.name);
                if (m_session)
                    SessionSetup::apply(r, m_session);
            },
            [this](const QString &why) { Q_EMIT finished(2, why); });
        return;
    }
    const ApiCredentials env{qEnvironmentVariable("LOANDESK_API_KEY"),
                             EnvironmentSecrets::apiSecret()};
    const QUrl url = m_options.baseUrl.isEmpty() ? QUrl(QStringLiteral("https://api.binance.com"))
                                                 : m_options.baseUrl;
    if (!env.isEmpty()) {
        connectTo(url, env, url.host());
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
            connectTo(url, dialog.takeCredentials(), url.host());
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
        connectTo(url, parent->credentials, tr("demo"), DeskKind::Demo);
        if (m_session) {
            for (const sim::SimAccount &a : accounts) {
                if (a.role == sim::SimAccount::Role::Credit)
                    m_session->setCreditCredentials(a.groupId, a.credentials);
            }
        }
    });
    m_sim->start(*scenario);
}

void Launcher::connectTo(const QUrl &baseUrl, const ApiCredentials &credentials,
                         const QString &label, DeskKind desk) {
    if (m_options.headless()) {
        auto *run = new HeadlessSnapshot(m_options, baseUrl, credentials, label, this);
        if (m_profile)
            run->applyProfile(*m_profile);
        connect(run, &HeadlessSnapshot::finished, this, &Launcher::finished);
        run->start();
        return;
    }
    if (!lockProfile(baseUrl, label))
        return;
    m_session = new MonitorSession(baseUrl, credentials, this);
    m_window = new MainWindow(m_session, label, desk);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->show();
    m_session->scheduler()->start();
}

bool Launcher::lockProfile(const QUrl &baseUrl, const QString &label) {
    // Before the window opens its journal, history and alert log.
    const ProfileLock::Kind kind = m_sim       ? ProfileLock::Kind::Demo
                                   : m_profile ? ProfileLock::Kind::Profile
                                               : ProfileLock::Kind::Connection;
    const QString name =
        kind == ProfileLock::Kind::Profile ? m_profile->profile.name : baseUrl.host();
    ProfileLock::Holder holder;
    if (ProfileLock::tryLock(kind, name, this, &holder))
        return true;
    QString why;
    if (holder.held) {
        why = tr("Another LoanDesk is already open with \"%1\". Only one LoanDesk may use a "
                 "profile at a time: switch to that window, or close it and start again.")
                  .arg(label);
        if (holder.pid > 0)
            why += u' ' + tr("It runs as process %1 on %2.").arg(holder.pid).arg(holder.hostName);
    } else {
        why = tr("LoanDesk could not lock \"%1\" for this run (%2), so it cannot rule out "
                 "that another LoanDesk is using it.")
                  .arg(label, QDir::toNativeSeparators(ProfileLock::pathFor(kind, name)));
    }
    const QString title = holder.held ? tr("LoanDesk is already open") : tr("LoanDesk not started");
    // Shown from the event loop: we may be inside the keychain's callback, which must not run
    // a modal loop.
    QTimer::singleShot(0, this, [this, title, why] {
        QMessageBox::warning(nullptr, title, why);
        Q_EMIT finished(1, why);
    });
    return false;
}

} // namespace loandesk
