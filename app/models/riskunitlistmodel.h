#pragma once

#include <QAbstractTableModel>
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

    // Ages change every second even without new data.
    void refreshAges();

private:
    void onUpdated();
    void onReplaced();

    MonitorState *m_state;
    QList<qint64> m_ids; // the model's own copy, changed only inside a reset
};

QString bandName(int band); // translated band name for display ("Margin call")

} // namespace loandesk
