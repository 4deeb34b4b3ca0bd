#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace loandesk {

class MonitorState;

// One row per risk unit the key can see: id, LTV, band and data age.
class RiskUnitListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskUnitListModel)

public:
    enum Column { UnitColumn, LtvColumn, BandColumn, AgeColumn, ColumnCount };

    explicit RiskUnitListModel(MonitorState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    qint64 groupIdAt(int row) const;
    int rowOf(qint64 groupId) const;

    // Ages move with time alone (MonitorState::ticked): only the cells whose text changed
    // are announced, so an idle list repaints one small cell a second at most.
    void refreshAges();

private:
    // What a row shows, to announce only the cells a poll actually changed.
    struct Shown {
        QString ltv;
        int band = -1;
        QString age;
        bool operator==(const Shown &) const = default;
    };
    Shown shownAt(int row, const QDateTime &now) const;
    void onUpdated();
    void onReplaced();

    MonitorState *m_state;
    QList<qint64> m_ids;  // the model's own copy, changed only inside a reset
    QList<Shown> m_shown; // parallel to m_ids: what the view was last told
};

QString bandName(int band); // translated band name for display ("Margin call")

} // namespace loandesk
