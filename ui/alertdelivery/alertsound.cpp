#include "alertsound.h"

#include <QApplication>

namespace loandesk {

AlertSound::AlertSound(QObject *parent)
    : QObject(parent) {
    // Bells 350 ms apart are heard as a count, which is what tells the severities apart.
    m_timer.setInterval(350);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QApplication::beep();
        if (--m_pending <= 0)
            m_timer.stop();
    });
}

int AlertSound::bellsFor(const Alert &alert) const {
    const Alert::Severity s = alert.severity();
    if (m_muted && s != Alert::Severity::Critical)
        return 0;
    return s == Alert::Severity::Critical ? 3 : s == Alert::Severity::Warning ? 2 : 1;
}

void AlertSound::play(const Alert &alert) {
    const int bells = bellsFor(alert);
    if (bells == 0 || m_pending > 0)
        return; // one pattern at a time; a burst of alerts must not become a din
    QApplication::beep();
    m_pending = bells - 1;
    if (m_pending > 0)
        m_timer.start();
}

} // namespace loandesk
