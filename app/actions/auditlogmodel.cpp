#include "auditlogmodel.h"

#include "auditfields.h"
#include "auditlog.h"

#include "models/displayformat.h"
#include "models/modelroles.h"

#include <QDateTime>
#include <QTimeZone>

namespace loandesk {

AuditLogModel::AuditLogModel(AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log) {
    connect(log, &AuditLog::entryAppended, this, &AuditLogModel::append);
    reload();
}

void AuditLogModel::reload() {
    beginResetModel();
    m_rows = m_log->entries();
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

void AuditLogModel::append(const AuditEntry &entry) {
    beginInsertRows({}, 0, 0);
    m_rows.prepend(entry);
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == GroupIdRole)
        return e.groupId;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Requested || index.column() == Actual ||
                             index.column() == ProjectedLtv || index.column() == Code;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == DecimalRole) {
        if (index.column() == Requested)
            return QVariant::fromValue(e.requestedAmount);
        if (index.column() == Actual && e.actualAmount)
            return QVariant::fromValue(*e.actualAmount);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // Amounts read at the asset's precision; the tooltip keeps the exact figure.
    const auto amount = [&e, role](const Decimal &v) {
        return role == Qt::ToolTipRole ? DisplayFormat::exact(v)
                                       : DisplayFormat::quantity(v, e.asset);
    };
    switch (Column(index.column())) {
    case Time:
        return DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(e.timeMs, QTimeZone::utc()));
    case Action:
        return AuditEntry::actionName(e.action);
    case State:
        return AuditEntry::stateName(e.state);
    case Unit:
        return e.groupId;
    case Asset:
        return e.asset;
    case Requested:
        return amount(e.requestedAmount);
    case Actual:
        return e.actualAmount ? amount(*e.actualAmount) : QString();
    case RepayFrom:
        return e.repayFrom;
    case ProjectedLtv:
        return e.projectedLtv ? DisplayFormat::ltv(e.projectedLtv) : QString();
    case Transaction:
        return e.tranId;
    case Code:
        return e.exchangeCode != 0 ? QVariant(e.exchangeCode) : QVariant();
    case Message:
        return e.exchangeMessage;
    case OsUser:
        return e.osUser;
    case Profile:
        return e.profile;
    case SecondOperator:
        return e.secondOperator;
    case Intent:
        return e.intentId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case State:
        return tr("State");
    case Unit:
        return tr("Risk unit");
    case Asset:
        return tr("Asset");
    case Requested:
        return tr("Requested");
    case Actual:
        return tr("Actual");
    case RepayFrom:
        return tr("Repay from");
    case ProjectedLtv:
        return tr("Projected LTV");
    case Transaction:
        return tr("Transaction");
    case Code:
        return tr("Code");
    case Message:
        return tr("Message");
    case OsUser:
        return tr("OS user");
    case Profile:
        return tr("Profile");
    case SecondOperator:
        return tr("Second operator");
    case Intent:
        return tr("Intent");
    case ColumnCount:
        break;
    }
    return {};
}

QByteArray AuditLogModel::toCsv() const {
    QByteArray out = AuditFields::csvHeader();
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        out += AuditFields::csvRow(*it);
    return out;
}

} // namespace loandesk
