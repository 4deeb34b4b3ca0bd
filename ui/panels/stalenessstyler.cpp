#include "stalenessstyler.h"

#include "panelframe.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"

namespace loandesk {

StalenessStyler::StalenessStyler(MonitorState *state, QObject *parent)
    : QObject(parent)
    , m_state(state) {
    connect(state, &MonitorState::updated, this, &StalenessStyler::refresh);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StalenessStyler::refresh);
    m_timer.start();
}

void StalenessStyler::addPanel(PanelFrame *panel) {
    m_panels.append(panel);
    panel->setStale(m_stale);
    panel->setCaption(m_stale ? captionText() : QString());
}

QString StalenessStyler::captionText() const {
    const QDateTime last = m_state->lastSuccess();
    return tr("⚠ Stale: data as of %1, %2 ago")
        .arg(DisplayFormat::time(last),
             DisplayFormat::age(last.msecsTo(QDateTime::currentDateTimeUtc())));
}

void StalenessStyler::refresh() {
    m_stale = m_state->isStale();
    const QString caption = m_stale ? captionText() : QString();
    for (const QPointer<PanelFrame> &panel : std::as_const(m_panels)) {
        if (!panel)
            continue;
        panel->setStale(m_stale);
        panel->setCaption(caption);
    }
}

} // namespace loandesk
