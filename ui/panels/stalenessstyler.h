#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace loandesk {

class MonitorState;
class PanelFrame;

// Marks data panels as stale while MonitorState::isStale(): the panels dim (never blank) and
// carry an "as of 10:42:05 UTC, 3 min ago" caption, checked whenever the state's clock ticks
// (MonitorState::ticked) so staleness shows up even when no poll arrives to trigger an update.
class StalenessStyler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StalenessStyler)

public:
    explicit StalenessStyler(MonitorState *state, QObject *parent = nullptr);

    void addPanel(PanelFrame *panel);
    bool isStale() const { return m_stale; }
    QString captionText() const;
    void refresh();

private:
    MonitorState *m_state;
    QList<QPointer<PanelFrame>> m_panels;
    QString m_caption; // the caption the panels carry
    bool m_stale = false;
};

} // namespace loandesk
