#include "launcher.h"

#include "connectdialog.h"
#include "headlesssnapshot.h"
#include "mainwindow.h"
#include "welcomedialog.h"

#include "preferences/profilestartup.h"
#include "reportwriter/scheduledreporter.h"

#include "desk/desk.h"
#include "monitor/monitorsession.h"
#include "session/sessionsetup.h"
#include "settings/environmentsecrets.h"
#include "settings/keychainsecretstore.h"
#include "settings/memorysecretstore.h"
#include "settings/profilelock.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"
#include "sim/simserverthread.h"

#include <QDir>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>

namespace loandesk {

Launcher::Launcher(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {}

Launcher::~Launcher() {
    // A window the user closed is gone already (WA_DeleteOnClose); one still open when the
    // event loop ends is deleted here, so every desk closes its journal, history and lock.
    for (const QPointer<MainWindow> &w : std::as_const(m_windows))
        delete w.data();
}

QList<MainWindow *> Launcher::windows() const {
    QList<MainWindow *> open;
    for (const QPointer<MainWindow> &w : m_windows) {
        if (w)
            open << w.data();
    }
    return open;
}

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
        for (const sim::SimAccount &a : accounts) {
            if (a.role == sim::SimAccount::Role::Credit)
                demo.creditKeys.insert(a.groupId, a.credentials);
        }
        connectTo(demo);
    });
    m_sim->start(*scenario);
}

void Launcher::connectTo(DeskOptions options) {
    if (m_options.headless()) {
        options.role = DeskOptions::Role::Snapshot;
        runSnapshot(std::move(options));
        return;
    }
    if (!openDesk(std::move(options)))
        return; // finished() follows the refusal's message box
}

void Launcher::runSnapshot(DeskOptions options) {
    // A snapshot reads no stored secret: its keys came with the options.
    auto *desk = new Desk(std::move(options), std::make_unique<MemorySecretStore>(), this);
    desk->start();
    auto *run = new HeadlessSnapshot(m_options, desk, this);
    connect(run, &HeadlessSnapshot::finished, this, &Launcher::finished);
    run->start();
}

MainWindow *Launcher::openDesk(DeskOptions options, QWidget *from) {
    // 1. The lock, before the desk opens its journal, history and alert log.
    QString title, why;
    ProfileLock *lock = lockFor(options, &title, &why);
    if (!lock) {
        // Shown from the event loop: we may be inside the keychain's callback, which must not
        // run a modal loop. At start-up the refusal ends the run.
        const bool atStartup = from == nullptr;
        if (!atStartup)
            title = tr("Profile not connected");
        QTimer::singleShot(0, this, [this, from = QPointer<QWidget>(from), title, why, atStartup] {
            QMessageBox::warning(from, title, why);
            if (atStartup)
                Q_EMIT finished(1, why);
        });
        return nullptr;
    }
    SessionSetup::useSystemProxy(); // unless the profile names a proxy of its own
    // 2. The desk and every service it owns; the scheduled reporter renders widgets, so it is
    //    built here rather than in the headless core, and belongs to the desk all the same.
    auto *desk = new Desk(std::move(options), std::make_unique<KeychainSecretStore>());
    lock->setParent(desk);
    auto *reporter = new ScheduledReporter(desk->session()->state(), desk->label(), desk);
    // 3. The window, which takes the desk: one ownership rule for every window.
    auto *window = new MainWindow(desk, reporter);
    desk->setParent(window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::openProfileRequested, this,
            [this, window](const QString &name) { openProfile(name, window); });
    m_windows << window;
    window->show();
    // 4. Started last, with the window listening: keys, polling, reconciliation, records.
    desk->start();
    return window;
}

void Launcher::openProfile(const QString &name, QWidget *from) {
    ProfileStartup::open(
        name, from,
        [this, from = QPointer<QWidget>(from)](const ResolvedProfile &r) {
            openDesk({r.profile.baseUrl,
                      r.monitorKey(),
                      r.profile.name,
                      DeskKind::Real,
                      DeskOptions::Role::Window,
                      r,
                      {}},
                     from ? from.data() : nullptr);
        },
        [this, from = QPointer<QWidget>(from)](const QString &why) {
            // Often called from the keychain's callback, where a modal loop crashes libsecret.
            QTimer::singleShot(0, this, [from, why] {
                QMessageBox::warning(from, tr("Profile not connected"), why);
            });
        });
}

ProfileLock *Launcher::lockFor(const DeskOptions &options, QString *title, QString *why) {
    const ProfileLock::Kind kind = options.kind == DeskKind::Demo ? ProfileLock::Kind::Demo
                                   : options.profile              ? ProfileLock::Kind::Profile
                                                                  : ProfileLock::Kind::Connection;
    const QString name =
        kind == ProfileLock::Kind::Profile ? options.profile->profile.name : options.baseUrl.host();
    ProfileLock::Holder holder;
    if (ProfileLock *lock = ProfileLock::tryLock(kind, name, nullptr, &holder))
        return lock;
    if (holder.held) {
        *why = tr("Another LoanDesk is already open with \"%1\". Only one LoanDesk may use a "
                  "profile at a time: switch to that window, or close it and start again.")
                   .arg(options.label);
        if (holder.pid > 0)
            *why += u' ' + tr("It runs as process %1 on %2.").arg(holder.pid).arg(holder.hostName);
    } else {
        *why = tr("LoanDesk could not lock \"%1\" for this run (%2), so it cannot rule out "
                  "that another LoanDesk is using it.")
                   .arg(options.label, QDir::toNativeSeparators(ProfileLock::pathFor(kind, name)));
    }
    *title = holder.held ? tr("LoanDesk is already open") : tr("LoanDesk not started");
    return nullptr;
}

} // namespace loandesk
