#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace loandesk {

// A titled card around one dashboard panel. It can carry a caption line (used for "stale, as of
// …") and dims its content when the data behind it is stale, without hiding any of it.
class PanelFrame final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelFrame)

public:
    PanelFrame(const QString &title, QWidget *content, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    void setTitle(const QString &title);
    QString title() const;
    // Shown under the title in the warning style; an empty text hides the line.
    void setCaption(const QString &text);
    QString caption() const;
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_caption;
    bool m_stale = false;
};

} // namespace loandesk
