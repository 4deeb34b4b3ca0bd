#pragma once

#include "domain/decimal.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace loandesk {

class MonitorState;

// The selected unit's headline figures (equity, margin, liability per asset, limits), each with
// the time it was received.
class KeyFiguresModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyFiguresModel)

public:
    enum Column { NameColumn, ValueColumn, AsOfColumn, ColumnCount };
    // Stable keys for rows, used by CSV export and tests.
    struct Row {
        QString key; // e.g. "totalNetEquity", "liability.USDT.interest"
        QString name;
        Decimal value;
        bool available = true; // false when the exchange omitted the field
        // What the figure is, for its precision: a USD figure (empty), a ratio ("%"), or the
        // asset a quantity is of.
        QString unit = {};
    };

    explicit KeyFiguresModel(MonitorState *state, QObject *parent = nullptr);

    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    const QList<Row> &rows() const { return m_rows; }
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    QList<Row> buildRows() const;
    static QString valueText(const Row &row);

    MonitorState *m_state;
    qint64 m_groupId = 0;
    QList<Row> m_rows;
    QDateTime m_fetchedAt;
};

} // namespace loandesk
