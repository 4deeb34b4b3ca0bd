#pragma once

#include "commandline.h"

#include "desk/deskoptions.h"

#include <QObject>

namespace loandesk {

namespace sim {
class SimServerThread;
}
class DeskOpener;
class SettingsService;

// Decides what `loandesk` does from its command line: start the demo simulator if asked, find
// the credentials, then either run one headless snapshot or open the main window (DeskOpener).
// Emits finished() when a headless run ends or startup fails.
class Launcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Launcher)

public:
    // `settings` is the process's one SettingsService, loaded (main.cpp); the launcher makes
    // the time zone and, with a screen, the theme follow it.
    Launcher(const CommandLine &options, SettingsService *settings, QObject *parent = nullptr);
    ~Launcher() override;

    void start();
    SettingsService *settings() const { return m_settings; }
    // Every desk window of this run (demo, profile, environment keys, Connect profile…).
    DeskOpener *windows() const { return m_windows; }

Q_SIGNALS:
    void finished(int exitCode, const QString &message);

private:
    void startDemo();
    void connectTo(DeskOptions options);
    void askHowToStart();
    void runSnapshot(DeskOptions options);

    CommandLine m_options;
    sim::SimServerThread *m_sim = nullptr;
    SettingsService *m_settings;
    DeskOpener *m_windows;
};

} // namespace loandesk
