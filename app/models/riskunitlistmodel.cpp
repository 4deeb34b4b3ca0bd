#include "riskunitlistmodel.h"

#include "displayformat.h"
#include "modelroles.h"

#include "monitor/monitorstate.h"

#include <QCoreApplication>

namespace loandesk {

QString bandName(int band) {
    switch (LtvBand(band)) {
    case LtvBand::Normal:
        return QCoreApplication::translate("LtvBand", "Normal");
    case LtvBand::Warning:
        return QCoreApplication::translate("LtvBand", "Warning");
    case LtvBand::AboveInitial:
        return QCoreApplication::translate("LtvBand", "Above initial");
    case LtvBand::MarginCall:
        return QCoreApplication::translate("LtvBand", "Margin call");
    case LtvBand::Liquidation:
        return QCoreApplication::translate("LtvBand", "Liquidation");
    case LtvBand::Undefined:
        return QCoreApplication::translate("LtvBand", "Undefined (no equity)");
    }
    return {};
}

RiskUnitListModel::RiskUnitListModel(MonitorState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_ids(state->groupIds()) {
    connect(state, &MonitorState::updated, this, &RiskUnitListModel::onUpdated);
    connect(state, &MonitorState::unitsReplaced, this, &RiskUnitListModel::onReplaced);
}

int RiskUnitListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RiskUnitListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RiskUnitListModel::groupIdAt(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RiskUnitListModel::rowOf(qint64 groupId) const {
    return int(m_ids.indexOf(groupId));
}

QVariant RiskUnitListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 id = groupIdAt(index.row());
    const UnitStatus *status = m_state->unit(id);
    if (!status)
        return {};
    const std::optional<Decimal> ltv = status->unit.computedLtv();
    const LtvBand band = m_state->bands(id).classify(ltv);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    switch (role) {
    case GroupIdRole:
        return id;
    case BandRole:
        return int(band);
    case StaleRole:
        return m_state->isStale(now);
    case AsOfRole:
        return status->fetchedAt;
    case RatioRole:
        return ltv ? QVariant(ltv->toDouble()) : QVariant();
    case DecimalRole:
        return index.column() == LtvColumn && ltv ? QVariant::fromValue(*ltv) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LtvColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case UnitColumn:
            return tr("Unit %1").arg(id);
        case LtvColumn:
            return DisplayFormat::ltv(ltv);
        case BandColumn:
            return bandName(int(band));
        case AgeColumn:
            return DisplayFormat::age(status->fetchedAt.msecsTo(now));
        }
        break;
    case Qt::ToolTipRole: {
        const QString received = tr("Received %1; exchange time %2")
                                     .arg(DisplayFormat::dateTime(status->fetchedAt),
                                          DisplayFormat::dateTime(status->exchangeTime()));
        // The LTV cell is a percentage with 2 places; its exact ratio goes first.
        return index.column() == LtvColumn && ltv ? DisplayFormat::exact(*ltv) + u'\n' + received
                                                  : received;
    }
    }
    return {};
}

QVariant RiskUnitListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Risk unit");
    case LtvColumn:
        return tr("LTV");
    case BandColumn:
        return tr("Band");
    case AgeColumn:
        return tr("Age");
    }
    return {};
}

void RiskUnitListModel::refreshAges() {
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

void RiskUnitListModel::onUpdated() {
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RiskUnitListModel::onReplaced() {
    beginResetModel();
    m_ids = m_state->groupIds();
    endResetModel();
}

} // namespace loandesk
