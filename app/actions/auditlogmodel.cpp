#include "auditlogmodel.h"

#include "domain/csvfield.h"

#include "auditlog.h"

#include "domain/isoutc.h"
#include "models/displayformat.h"
#include "models/modelroles.h"

#include <QDateTime>
#include <QTimeZone>

namespace loandesk {

namespace {

QString decimalText(const std::optional<Decimal> &value) {
    return value ? value->toString() : QString();
}

} // namespace

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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
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
        return DisplayFormat::amount(e.requestedAmount);
    case Actual:
        return e.actualAmount ? DisplayFormat::amount(*e.actualAmount) : QString();
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
    QByteArray out = "id,intent_id,time_utc,os_user,profile,action,group_id,asset,"
                     "requested_amount,repay_from,projected_ltv,state,tran_id,actual_amount,"
                     "exchange_code,exchange_message,second_operator,hash\r\n";
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        const AuditEntry &e = *it;
        const QStringList fields = {
            QString::number(e.id),
            QString::number(e.intentId),
            isoUtc(e.timeMs),
            e.osUser,
            e.profile,
            AuditEntry::actionName(e.action),
            QString::number(e.groupId),
            e.asset,
            e.requestedAmount.toString(),
            e.repayFrom,
            decimalText(e.projectedLtv),
            AuditEntry::stateName(e.state),
            e.tranId,
            decimalText(e.actualAmount),
            QString::number(e.exchangeCode),
            e.exchangeMessage,
            e.secondOperator,
            e.hash,
        };
        QByteArrayList cells;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const bool freeText = i == 3 || i == 4 || i == 15 || i == 16;
            cells.append(CsvField::encode(fields.at(i), freeText));
        }
        out += cells.join(',') + "\r\n";
    }
    return out;
}

} // namespace loandesk
