#pragma once

#include "alerts/alert.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QSystemTrayIcon;

namespace loandesk {

class AlertBanner;
class AlertCenter;
class AlertLogView;
class AlertSound;

// How one window tells a person of its desk's alerts: a banner in the window (always), a tray
// notification where a tray exists, and a bell pattern per severity. Deciding, logging and the
// command hook are the desk's AlertCenter.
class AlertDelivery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDelivery)

public:
    AlertDelivery(AlertCenter *alerts, QMainWindow *window);

    void setMuted(bool muted);
    void setTrayEnabled(bool enabled) { m_trayEnabled = enabled; }
    AlertBanner *banner() const { return m_banner; }
    // The log as a window of its own (created on first use).
    void showLog();

private:
    void deliver(const Alert &alert);

    AlertCenter *m_alerts;
    QMainWindow *m_window;
    AlertSound *m_sound;
    AlertBanner *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayEnabled = true;
    QPointer<AlertLogView> m_logView;
};

} // namespace loandesk
