#include "alertlogmodel.h"

#include "alerttext.h"

#include "alerts/alertlog.h"
#include "models/displayformat.h"

#include <QBrush>
#include <QColor>

namespace loandesk {

AlertLogModel::AlertLogModel(AlertLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log) {
    connect(m_log, &AlertLog::alertLogged, this, [this] {
        // Newest first: the new alert is row 0.
        beginInsertRows({}, 0, 0);
        endInsertRows();
    });
    connect(m_log, &AlertLog::alertAcknowledged, this, [this](int i) {
        const int row = rowCount() - 1 - i;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int AlertLogModel::logIndex(int row) const {
    return int(m_log->alerts().size()) - 1 - row;
}

int AlertLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_log->alerts().size());
}

int AlertLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Alert &a = m_log->alerts().at(logIndex(index.row()));
    if (role == AlertIdRole)
        return a.id;
    if (role == Qt::ForegroundRole && index.column() == Level &&
        a.severity() == Alert::Severity::Critical)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return DisplayFormat::dateTime(a.raisedAt);
    case Unit:
        return a.groupId == 0 ? tr("all") : QString::number(a.groupId);
    case Level:
        return AlertText::level(a);
    case Value:
        return a.value ? DisplayFormat::ltv(a.value) : QString();
    case Message:
        return AlertText::body(a);
    case Acknowledged:
        if (!a.isAcknowledged())
            return tr("open");
        return a.note.isEmpty() ? DisplayFormat::time(a.acknowledgedAt)
                                : tr("%1 — %2").arg(DisplayFormat::time(a.acknowledgedAt), a.note);
    default:
        return {};
    }
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Unit:
        return tr("Unit");
    case Level:
        return tr("Level");
    case Value:
        return tr("LTV");
    case Message:
        return tr("What happened");
    case Acknowledged:
        return tr("Acknowledged");
    default:
        return {};
    }
}

} // namespace loandesk
