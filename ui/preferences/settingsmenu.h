#pragma once

#include <QString>

#include <functional>

class QMainWindow;

namespace loandesk {

class MonitorSession;

// The one entry point MainWindow calls: adds the "Settings…", "Connect profile…" and
// "Alerts…" entries, attaches the alert center (banner, tray, sound, hook) to the window, and
// tells the user in words what the session's keys can see.
class SettingsMenu {
public:
    // "Connect profile…" calls `openProfile` with the chosen profile's name.
    static void install(QMainWindow *window, MonitorSession *session, const QString &profileName,
                        const std::function<void(const QString &)> &openProfile);
};

} // namespace loandesk
