#pragma once

#include <QFrame>

#include <optional>
#include <tuple>

class QLabel;
class QStyle;

namespace loandesk {

class MonitorState;

// An inline, non-modal message bar (like KDE's KMessageWidget) above the dashboard while the feed
// is Degraded, Paused or Stale: what went wrong, how old the data on screen is, and what
// LoanDesk is doing about it. Hidden while the feed is live.
class FeedBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedBanner)

public:
    enum class Level { Information, Warning, Error };

    explicit FeedBanner(MonitorState *state, QWidget *parent = nullptr);

    QString text() const;
    Level level() const { return m_level; }
    // Recomputes text and visibility now (also runs on every state update and each second).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString dataAge(const QDateTime &now) const;

    MonitorState *m_state;
    QLabel *m_icon;
    QLabel *m_text;
    Level m_level = Level::Warning;
    // The icon, size and style (a theme switch changes it) the icon was last drawn for.
    std::optional<std::tuple<int, int, const QStyle *>> m_iconFor;
};

} // namespace loandesk
