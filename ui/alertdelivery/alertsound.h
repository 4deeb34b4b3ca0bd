#pragma once

#include "alerts/alert.h"

#include <QObject>
#include <QTimer>

namespace loandesk {

// A distinct sound per severity: one, two or three bells. QtMultimedia is not part of the
// build, so the bells are the system's (QApplication::beep); where the platform has no bell
// the banner and tray still carry the alert. Mute silences everything but critical alerts.
class AlertSound final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSound)

public:
    explicit AlertSound(QObject *parent = nullptr);

    void setMuted(bool muted) { m_muted = muted; }
    // How many bells `play` rings for this alert (0 when muted); tests check this.
    int bellsFor(const Alert &alert) const;
    void play(const Alert &alert);

private:
    QTimer m_timer;
    int m_pending = 0;
    bool m_muted = false;
};

} // namespace loandesk
