#pragma once

#include <QList>
#include <QWidget>

class QTableView;

namespace loandesk {

class MonitorState;
class RiskUnitListModel;

// Every risk unit the key can see, with LTV, band (a pill with words and colour) and data age.
// Keeps one unit selected: the first when data first arrives, the same one across refreshes.
class UnitListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitListPanel)

public:
    explicit UnitListPanel(MonitorState *state, QWidget *parent = nullptr);

    qint64 selectedGroupId() const { return m_selected; }
    // Selects the unit if it is listed; otherwise remembers it for when it appears.
    void selectGroup(qint64 groupId);
    QTableView *view() const { return m_view; }
    RiskUnitListModel *model() const { return m_model; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void unitSelected(qint64 groupId);

private:
    void onCurrentChanged();
    void restoreSelection();
    void fitColumns(int first = 0, int last = -1);

    RiskUnitListModel *m_model;
    QTableView *m_view;
    QList<int> m_contentWidths; // per column, as the size hint last counted them
    qint64 m_selected = 0;
    qint64 m_wanted = 0;
};

} // namespace loandesk
