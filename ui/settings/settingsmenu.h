#pragma once

#include <QString>

class QMainWindow;

namespace loandesk {

class MonitorSession;

// The one entry point MainWindow calls: adds the "Settings…", "Connect profile…" and
// "Alerts…" entries, attaches the alert center (banner, tray, sound, hook) to the window, and
// tells the user in words what the session's keys can see.
class SettingsMenu {
public:
    static void install(QMainWindow *window, MonitorSession *session, const QString &profileName);
    // Opens `name` in a new main window (its own session), as "Connect profile…" does.
    static void openProfileWindow(const QString &name, QMainWindow *from);
};

} // namespace loandesk
