#include "stalenessstyler.h"

#include "panelframe.h"

#include "models/displayformat.h"
#include "monitor/monitorstate.h"

namespace loandesk {

StalenessStyler::StalenessStyler(MonitorState *state, QObject *parent)
    : QObject(parent)
    , m_state(state) {
    connect(state, &MonitorState::updated, this, &StalenessStyler::refresh);
    connect(state, &MonitorState::ticked, this, &StalenessStyler::refresh);
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
    const bool stale = m_state->isStale();
    const QString caption = stale ? captionText() : QString();
    if (stale == m_stale && caption == m_caption)
        return;
    m_stale = stale;
    m_caption = caption;
    for (const QPointer<PanelFrame> &panel : std::as_const(m_panels)) {
        if (!panel)
            continue;
        panel->setStale(m_stale);
        panel->setCaption(caption);
    }
}

} // namespace loandesk
