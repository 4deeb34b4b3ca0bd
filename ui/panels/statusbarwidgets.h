#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <tuple>

class QLabel;

namespace loandesk {

class MonitorState;
class ServerClock;
class WeightTracker;

// The permanent widgets of the main window's status bar: feed state (shape, colour and word),
// last successful poll with its zone, server-clock offset and the ltv-details request weight
// used this minute. MainWindow adds it with QStatusBar::addPermanentWidget(). Clock and tracker
// may be null (e.g. before a profile connects); their fields are then hidden.
class StatusBarWidgets final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBarWidgets)

public:
    StatusBarWidgets(MonitorState *state, ServerClock *clock, WeightTracker *weights,
                     QWidget *parent = nullptr);

    static QString ltvDetailsPath();
    QString feedText() const;
    QString lastPollText() const;
    QString clockText() const;
    QString weightText() const;
    void refresh();

private:
    QLabel *addField(const QString &objectName);

    MonitorState *m_state;
    QPointer<ServerClock> m_clock;
    QPointer<WeightTracker> m_weights;
    QLabel *m_feedIcon;
    QLabel *m_feed;
    QLabel *m_lastPoll;
    QLabel *m_offset;
    QLabel *m_weight;
    // What the feed glyph was drawn for: redrawn (and the bar laid out) only when it changes.
    std::optional<std::tuple<int, int, qreal>> m_glyphFor;
    QHash<QLabel *, QWidget *> m_separators; // the separator drawn before each field
};

} // namespace loandesk
