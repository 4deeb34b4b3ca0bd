#pragma once

#include "commandline.h"

#include "desk/deskoptions.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace loandesk {

namespace sim {
class SimServerThread;
}
class MainWindow;
class ProfileLock;

// Decides what `loandesk` does from its command line: start the demo simulator if asked, find
// the credentials, then either run one headless snapshot or open the main window. Every desk
// and window of the process, including those opened later with Settings → Connect profile…, is
// built by openDesk(). Emits finished() when a headless run ends or startup fails.
class Launcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    explicit Launcher(const CommandLine &options, QObject *parent = nullptr);
    ~Launcher() override; // deletes the windows still open, and their desks

    void start();
    // Builds a desk, its services and its window, shows the window and starts the desk. A
    // window owns its desk and is deleted when closed. Null, after saying why, when another
    // window or LoanDesk has the profile open (`from` parents that message; null at start-up).
    MainWindow *openDesk(DeskOptions options, QWidget *from = nullptr);
    QList<MainWindow *> windows() const;

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void startDemo();
    void connectTo(DeskOptions options);
    void openProfile(const QString &name, QWidget *from);
    void askHowToStart();
    void runSnapshot(DeskOptions options);
    // One LoanDesk per profile (settings/ProfileLock); null, with the reason, when refused.
    static ProfileLock *lockFor(const DeskOptions &options, QString *title, QString *why);

    CommandLine m_options;
    sim::SimServerThread *m_sim = nullptr;
    QList<QPointer<MainWindow>> m_windows;
};

} // namespace loandesk
