#pragma once

#include <QAbstractTableModel>

namespace loandesk {

class AlertLog;

// The alert log as a table, newest first: time, unit, level, LTV, message, acknowledgement.
class AlertLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogModel)

public:
    enum Column { Time, Unit, Level, Value, Message, Acknowledged, ColumnCount };
    static constexpr int AlertIdRole = Qt::UserRole + 1;

    explicit AlertLogModel(AlertLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int logIndex(int row) const;

    AlertLog *m_log;
};

} // namespace loandesk
