#pragma once

#include "commandline.h"

#include "actions/deskkind.h"
#include "exchange/apicredentials.h"
#include "settings/profilecredentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace loandesk {

namespace sim {
class SimServerThread;
}
class MainWindow;
class MonitorSession;

// Decides what `loandesk` does from its command line: start the demo simulator if asked, find
// the credentials, then either run one headless snapshot or open the main window.
// Emits finished() when a headless run ends or startup fails.
class Launcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    explicit Launcher(const CommandLine &options, QObject *parent = nullptr);
    ~Launcher() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void startDemo();
    void connectTo(const QUrl &baseUrl, const ApiCredentials &credentials, const QString &label,
                   DeskKind desk = DeskKind::Real);
    void askHowToStart();
    // One LoanDesk per profile (settings/ProfileLock); false, after saying why, when refused.
    bool lockProfile(const QUrl &baseUrl, const QString &label);

    CommandLine m_options;
    std::optional<ResolvedProfile> m_profile; // --profile, once opened
    sim::SimServerThread *m_sim = nullptr;
    MonitorSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

} // namespace loandesk
