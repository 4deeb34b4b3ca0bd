#pragma once

#include "alert.h"

#include "settings/alertsettings.h"

#include <QObject>

namespace loandesk {

class AlertCommandHook;
class AlertEngine;
class AlertLog;
class MonitorState;

// The alerts of one desk: the engine that decides when a person must be told, the log of what
// they were told, and the user's command hook. Banner, tray and sound are the window's way of
// telling (ui/alertdelivery); they follow alertLog()->alertLogged.
class AlertCenter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)

public:
    AlertCenter(MonitorState *state, const QString &logPath, QObject *parent = nullptr);

    void setSettings(const AlertSettings &settings);
    AlertEngine *engine() const { return m_engine; }
    AlertLog *log() const { return m_log; }
    AlertCommandHook *hook() const { return m_hook; }

private:
    AlertEngine *m_engine;
    AlertLog *m_log;
    AlertCommandHook *m_hook;
};

} // namespace loandesk
