#pragma once

#include <QTimer>
#include <QWidget>

class QTreeView;

namespace loandesk {

class CollateralTreeModel;
class MonitorState;

// Who holds the selected unit's collateral: members and their wallets in a tree, expanded so a
// screenshot shows every wallet, with amounts aligned on the decimal point. The dashboard shows
// CollateralShareChart in its own card, where it has the height ten members need.
class CollateralPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollateralPanel)

public:
    explicit CollateralPanel(MonitorState *state, QWidget *parent = nullptr);

    void setGroupId(qint64 groupId);
    void setMaskEmails(bool mask);
    QTreeView *tree() const { return m_tree; }
    CollateralTreeModel *model() const { return m_model; }
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void expandAndFit();
    void fitColumns();
    void askLayoutIfChanged();

    CollateralTreeModel *m_model;
    QTreeView *m_tree;
    QTimer m_refit; // one fit per event-loop turn, however many rows a poll changed
    QSize m_hint;   // the size last asked of the layout
};

} // namespace loandesk
