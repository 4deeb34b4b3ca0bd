#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace loandesk {

class MonitorState;
class PanelFrame;

// Marks data panels as stale while MonitorState::isStale(): the panels dim (never blank) and
// carry an "as of 10:42:05 UTC, 3 min ago" caption, checked every second so staleness shows up
// even when no poll arrives to trigger an update.
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
    QTimer m_timer;
    bool m_stale = false;
};

} // namespace loandesk
