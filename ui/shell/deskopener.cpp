#include "deskopener.h"

#include "mainwindow.h"

#include "preferences/profilestartup.h"
#include "reportwriter/scheduledreporter.h"

#include "desk/desk.h"
#include "monitor/monitorsession.h"
#include "session/sessionsetup.h"
#include "settings/profilelock.h"

#include <QDir>
#include <QMessageBox>
#include <QTimer>

namespace loandesk {

DeskOpener::DeskOpener(SettingsService *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

DeskOpener::~DeskOpener() {
    // A window the user closed is gone already (WA_DeleteOnClose); one still open when the
    // event loop ends is deleted here, so every desk closes its journal, history and lock.
    for (const QPointer<MainWindow> &w : std::as_const(m_windows))
        delete w.data();
}

QList<MainWindow *> DeskOpener::windows() const {
    QList<MainWindow *> open;
    for (const QPointer<MainWindow> &w : m_windows) {
        if (w)
            open << w.data();
    }
    return open;
}

MainWindow *DeskOpener::open(DeskOptions options, QWidget *from,
                             std::function<void(const QString &)> refused) {
    // 1. The lock, before the desk opens its journal, history and alert log.
    QString title, why;
    ProfileLock *lock = lockFor(options, &title, &why);
    if (!lock) {
        // Shown from the event loop: we may be inside the keychain's callback, which must not
        // run a modal loop. At start-up the refusal ends the run.
        if (from)
            title = tr("Profile not connected");
        QTimer::singleShot(0, this, [from = QPointer<QWidget>(from), title, why, refused] {
            QMessageBox::warning(from, title, why);
            if (refused)
                refused(why);
        });
        return nullptr;
    }
    SessionSetup::useSystemProxy(); // unless the profile names a proxy of its own
    // 2. The desk and every service it owns; the scheduled reporter renders widgets, so it is
    //    built here rather than in the headless core, and belongs to the desk all the same.
    auto *desk = new Desk(std::move(options), m_settings);
    desk->holdLock(std::unique_ptr<ProfileLock>(lock));
    auto *reporter =
        new ScheduledReporter(desk->session()->state(), desk->label(), m_settings, desk);
    reporter->setCollateral(desk->collateral());
    reporter->setHistory(desk->history());
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

void DeskOpener::openProfile(const QString &name, QWidget *from) {
    ProfileStartup::open(
        name, from,
        [this, from = QPointer<QWidget>(from)](const ResolvedProfile &r) {
            open({r.profile.baseUrl,
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

ProfileLock *DeskOpener::lockFor(const DeskOptions &options, QString *title, QString *why) {
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
