#pragma once

#include <QString>

#include <functional>

class QMainWindow;

namespace loandesk {

class AlertDelivery;
class Desk;

// The one entry point MainWindow calls: adds the "Settings…", "Connect profile…" and
// "Alerts…" entries. A saved change is applied to the window's desk and alert delivery.
class SettingsMenu {
public:
    // "Connect profile…" calls `openProfile` with the chosen profile's name.
    static void install(QMainWindow *window, Desk *desk, AlertDelivery *alerts,
                        const std::function<void(const QString &)> &openProfile);
};

} // namespace loandesk
