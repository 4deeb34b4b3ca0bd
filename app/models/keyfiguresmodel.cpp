#include "keyfiguresmodel.h"

#include "displayformat.h"
#include "modelroles.h"

#include "monitor/monitorstate.h"

#include <utility>

namespace loandesk {

KeyFiguresModel::KeyFiguresModel(MonitorState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state) {
    connect(state, &MonitorState::updated, this, &KeyFiguresModel::reload);
}

void KeyFiguresModel::setGroupId(qint64 groupId) {
    beginResetModel();
    m_groupId = groupId;
    m_rows = buildRows();
    const UnitStatus *s = m_state->unit(groupId);
    m_fetchedAt = s ? s->fetchedAt : QDateTime();
    endResetModel();
}

int KeyFiguresModel::rowOfKey(const QString &key) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return int(i);
    }
    return -1;
}

QList<KeyFiguresModel::Row> KeyFiguresModel::buildRows() const {
    const UnitStatus *s = m_state->unit(m_groupId);
    if (!s)
        return {};
    const RiskUnit &u = s->unit;
    QList<Row> rows;
    auto add = [&rows](const QString &key, const QString &name, const Decimal &value,
                       const QString &unit = {}) {
        rows.append(Row{key, name, value, value.isValid(), unit});
    };
    const QString ratio = QStringLiteral("%");
    add(QStringLiteral("totalNetEquity"), tr("Total net equity"), u.totalNetEquity);
    add(QStringLiteral("totalMaintenanceMargin"), tr("Maintenance margin"),
        u.totalMaintenanceMargin);
    add(QStringLiteral("totalLiability"), tr("Total liability"), u.totalLiability);
    for (const Liability &l : u.liabilities) {
        add(QStringLiteral("liability.%1.principal").arg(l.asset), tr("%1 principal").arg(l.asset),
            l.principal, l.asset);
        add(QStringLiteral("liability.%1.interest").arg(l.asset), tr("%1 interest").arg(l.asset),
            l.interest, l.asset);
    }
    add(QStringLiteral("maxAllowedBorrowLimit"), tr("Max allowed borrow limit"),
        u.maxAllowedBorrowLimit);
    add(QStringLiteral("maxTransferOutAmount"), tr("Max transfer-out"), u.maxTransferOutAmount);
    add(QStringLiteral("parentAccountFrozenAmount"), tr("Parent frozen amount"),
        u.parentAccountFrozenAmount);
    add(QStringLiteral("ltv"), tr("LTV reported by exchange"), u.ltv, ratio);
    add(QStringLiteral("computedLtv"), tr("LTV computed by LoanDesk"),
        u.computedLtv().value_or(Decimal::invalid()), ratio);
    return rows;
}

void KeyFiguresModel::reload() {
    QList<Row> rows = buildRows();
    if (rows.isEmpty() && !m_rows.isEmpty())
        return; // unit missing from this poll: keep the last good figures on screen
    const UnitStatus *s = m_state->unit(m_groupId);
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows[i].key == m_rows[i].key;
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        m_fetchedAt = s ? s->fetchedAt : QDateTime();
        endResetModel();
        return;
    }
    // Announce only the figures whose text changed: most polls move a few of them, and each
    // announced cell is measured and repainted.
    const QList<Row> was = std::exchange(m_rows, rows);
    const QDateTime fetchedAt = s ? s->fetchedAt : QDateTime();
    const bool newFetch = fetchedAt != m_fetchedAt;
    m_fetchedAt = fetchedAt;
    for (int r = 0; r < rowCount(); ++r) {
        const Row &a = was[r];
        const Row &b = m_rows[r];
        // An equal figure needs no formatting to know its text is the same.
        const bool sameValue =
            a.available == b.available && a.unit == b.unit && (!a.available || a.value == b.value);
        if (a.name != b.name || (!sameValue && valueText(a) != valueText(b)))
            Q_EMIT dataChanged(index(r, NameColumn), index(r, ValueColumn));
    }
    if (newFetch && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AsOfColumn), index(rowCount() - 1, AsOfColumn));
}

QString KeyFiguresModel::valueText(const Row &row) {
    if (!row.available)
        return tr("not reported");
    // One precision per kind of figure; the tooltip has every digit.
    return row.unit.isEmpty() ? DisplayFormat::usd(row.value)
           : row.unit == u"%" ? DisplayFormat::percent(row.value)
                              : DisplayFormat::quantity(row.value, row.unit);
}

int KeyFiguresModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyFiguresModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyFiguresModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case DecimalRole:
        return index.column() == ValueColumn && row.available ? QVariant::fromValue(row.value)
                                                              : QVariant();
    case AsOfRole:
        return m_fetchedAt;
    case StaleRole:
        return m_state->isStale();
    case GroupIdRole:
        return m_groupId;
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::ToolTipRole:
        return tr("%1: %2 (received %3)")
            .arg(row.name, row.available ? DisplayFormat::exact(row.value) : tr("not reported"),
                 DisplayFormat::dateTime(m_fetchedAt));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ValueColumn:
            return valueText(row);
        case AsOfColumn:
            return DisplayFormat::time(m_fetchedAt);
        }
        break;
    }
    return {};
}

QVariant KeyFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case AsOfColumn:
        return tr("As of");
    }
    return {};
}

} // namespace loandesk
