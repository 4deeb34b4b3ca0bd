#pragma once

#include <QTimer>
#include <QWidget>

class QTableView;

namespace loandesk {

class KeyFiguresModel;
class MonitorState;

// The selected unit's headline figures (equity, margin, liabilities, limits) with the time each
// was received. Amounts are right-aligned in a fixed-pitch font and never elided.
class KeyFiguresPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFiguresPanel)

public:
    explicit KeyFiguresPanel(MonitorState *state, QWidget *parent = nullptr);

    void setGroupId(qint64 groupId);
    QTableView *view() const { return m_view; }
    KeyFiguresModel *model() const { return m_model; }
    // The displayed value of a figure by its stable key ("totalNetEquity"), empty if absent.
    QString valueText(const QString &key) const;

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override; // the view's viewport resized

private:
    void fitColumns();
    void fitRows();
    void fillWidth();
    QTimer m_refit;
    QSize m_hint;         // the size last asked of the layout
    int m_valueWidth = 0; // the value column's content width, before it fills the panel

    KeyFiguresModel *m_model;
    QTableView *m_view;
};

} // namespace loandesk
