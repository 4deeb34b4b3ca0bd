#pragma once

#include "alerts/alert.h"
#include "settings/alertsettings.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QSystemTrayIcon;

namespace loandesk {

class AlertBanner;
class AlertCommandHook;
class AlertEngine;
class AlertLog;
class AlertLogView;
class AlertSound;
class MonitorSession;

// Everything that gets an alert to a person, for one window and its session: the engine that
// decides, the log, and the deliveries — banner in the window (always), tray notification where
// a tray exists, a bell pattern per severity, and the user's command hook.
class AlertCenter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    AlertCenter(MonitorSession *session, QMainWindow *window, const AlertSettings &settings,
                bool muted, QObject *parent = nullptr);

    void setSettings(const AlertSettings &settings, bool muted);
    void setTrayEnabled(bool enabled) { m_trayEnabled = enabled; }
    AlertEngine *engine() const { return m_engine; }
    AlertLog *log() const { return m_log; }
    AlertBanner *banner() const { return m_banner; }
    // The log as a window of its own (created on first use).
    void showLog();

private:
    void deliver(const Alert &alert);

    QMainWindow *m_window;
    AlertEngine *m_engine;
    AlertLog *m_log;
    AlertCommandHook *m_hook;
    AlertSound *m_sound;
    AlertBanner *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayEnabled = true;
    QPointer<AlertLogView> m_logView;
};

} // namespace loandesk
