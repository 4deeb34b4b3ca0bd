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
    connect(state, &MonitorState::ticked, this, &RiskUnitListModel::refreshAges);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_ids.size(); ++row)
        m_shown.append(shownAt(row, now));
}

RiskUnitListModel::Shown RiskUnitListModel::shownAt(int row, const QDateTime &now) const {
    const qint64 id = groupIdAt(row);
    const UnitStatus *status = m_state->unit(id);
    if (!status)
        return {};
    const std::optional<Decimal> ltv = status->unit.computedLtv();
    return {DisplayFormat::ltv(ltv), int(m_state->bands(id).classify(ltv)),
            DisplayFormat::age(status->fetchedAt.msecsTo(now))};
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_shown.size(); ++row) {
        const UnitStatus *status = m_state->unit(groupIdAt(row));
        if (!status)
            continue;
        const QString age = DisplayFormat::age(status->fetchedAt.msecsTo(now));
        if (age == m_shown[row].age)
            continue;
        m_shown[row].age = age;
        Q_EMIT dataChanged(index(row, AgeColumn), index(row, AgeColumn));
    }
}

void RiskUnitListModel::onUpdated() {
    // A reset is pending when the set of units changed; it announces every row itself.
    if (m_ids != m_state->groupIds())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_shown.size(); ++row) {
        const Shown next = shownAt(row, now);
        const Shown &was = m_shown.at(row);
        if (next == was)
            continue;
        // Announce the span of columns whose text changed. Tooltips (the receipt time) are
        // read when shown, so a new fetch alone repaints nothing.
        const int first = next.ltv != was.ltv     ? int(LtvColumn)
                          : next.band != was.band ? int(BandColumn)
                                                  : int(AgeColumn);
        const int last = next.age != was.age     ? int(AgeColumn)
                         : next.band != was.band ? int(BandColumn)
                                                 : int(LtvColumn);
        m_shown[row] = next;
        Q_EMIT dataChanged(index(row, first), index(row, last));
    }
}

void RiskUnitListModel::onReplaced() {
    beginResetModel();
    m_ids = m_state->groupIds();
    m_shown.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_ids.size(); ++row)
        m_shown.append(shownAt(row, now));
    endResetModel();
}

} // namespace loandesk
