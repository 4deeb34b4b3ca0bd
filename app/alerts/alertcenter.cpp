#include "alertcenter.h"

#include "alertcommandhook.h"
#include "alertengine.h"
#include "alertlog.h"

namespace loandesk {

AlertCenter::AlertCenter(MonitorState *state, const QString &logPath, QObject *parent)
    : QObject(parent)
    , m_engine(new AlertEngine(state, this))
    , m_log(new AlertLog(logPath, this))
    , m_hook(new AlertCommandHook(this)) {
    // Logged first, so the alert has its id when the hook and the window deliver it.
    connect(m_engine, &AlertEngine::alertRaised, m_log,
            [this](const Alert &a) { m_log->append(a); });
    connect(m_log, &AlertLog::alertLogged, m_hook, &AlertCommandHook::run);
}

void AlertCenter::setSettings(const AlertSettings &settings) {
    m_engine->setSettings(settings);
    m_hook->setCommand(settings.commandHook, settings.commandArguments, settings.commandTimeoutMs);
}

} // namespace loandesk
