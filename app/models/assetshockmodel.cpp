#include "assetshockmodel.h"

#include "displayformat.h"
#include "modelroles.h"

namespace loandesk {

namespace {

const Decimal Hundred = Decimal::fromInt(100);

// What a person types in a cell: "−20", "-20 %", "52,000.5".
std::optional<Decimal> parseTyped(QString text) {
    text.remove(u'%').remove(u',').remove(u' ').replace(QChar(0x2212), u'-');
    return Decimal::fromString(text.trimmed());
}

} // namespace

AssetShockModel::AssetShockModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AssetShockModel::setAssets(const QMap<QString, Decimal> &pricesNow) {
    QMap<QString, Decimal> kept; // asset → percent typed before
    for (const Row &r : std::as_const(m_rows)) {
        if (r.shocked != r.priceNow)
            kept.insert(r.asset, changePercent(r).rounded(6));
    }
    QList<Row> rows;
    for (auto it = pricesNow.cbegin(); it != pricesNow.cend(); ++it) {
        Row r{it.key(), it.value(), it.value()};
        if (kept.contains(r.asset))
            r.shocked = r.priceNow * (Hundred + kept.value(r.asset)).dividedBy(Hundred);
        rows.append(r);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT shocksChanged();
}

QStringList AssetShockModel::assets() const {
    QStringList out;
    for (const Row &r : m_rows)
        out.append(r.asset);
    return out;
}

int AssetShockModel::rowOf(const QString &asset) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].asset == asset)
            return int(i);
    }
    return -1;
}

Decimal AssetShockModel::changePercent(const Row &row) const {
    if (!row.priceNow.isPositive())
        return Decimal();
    return (row.shocked.dividedBy(row.priceNow, 10) - Decimal::fromInt(1)) * Hundred;
}

void AssetShockModel::rowChanged(int row) {
    Q_EMIT dataChanged(index(row, ChangeColumn), index(row, ShockedPriceColumn));
    Q_EMIT shocksChanged();
}

bool AssetShockModel::setChangePercent(const QString &asset, const Decimal &percent) {
    const int row = rowOf(asset);
    if (row < 0 || !percent.isValid() || percent < -Hundred)
        return false;
    Row &r = m_rows[row];
    r.shocked = r.priceNow * (Hundred + percent).dividedBy(Hundred);
    rowChanged(row);
    return true;
}

bool AssetShockModel::setShockedPrice(const QString &asset, const Decimal &priceUsd) {
    const int row = rowOf(asset);
    if (row < 0 || !priceUsd.isValid() || priceUsd.isNegative())
        return false;
    m_rows[row].shocked = priceUsd;
    rowChanged(row);
    return true;
}

void AssetShockModel::setAllChangePercent(const Decimal &percent) {
    if (!percent.isValid() || percent < -Hundred)
        return;
    for (Row &r : m_rows)
        r.shocked = r.priceNow * (Hundred + percent).dividedBy(Hundred);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ChangeColumn), index(rowCount() - 1, ShockedPriceColumn));
    Q_EMIT shocksChanged();
}

void AssetShockModel::clearShocks() {
    setAllChangePercent(Decimal());
}

QMap<QString, Decimal> AssetShockModel::shockedPrices() const {
    QMap<QString, Decimal> out;
    for (const Row &r : m_rows) {
        if (r.shocked != r.priceNow)
            out.insert(r.asset, r.shocked);
    }
    return out;
}

int AssetShockModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetShockModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetShockModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case DecimalRole:
        switch (index.column()) {
        case PriceNowColumn:
            return QVariant::fromValue(r.priceNow);
        case ChangeColumn:
            return QVariant::fromValue(changePercent(r));
        case ShockedPriceColumn:
            return QVariant::fromValue(r.shocked);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() > AssetColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case Qt::EditRole:
        if (index.column() == ChangeColumn)
            return changePercent(r).rounded(2).toString(2);
        if (index.column() == ShockedPriceColumn)
            return r.shocked.toString(r.shocked.scale());
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case AssetColumn:
            return r.asset;
        case PriceNowColumn:
            return DisplayFormat::usd(r.priceNow);
        case ChangeColumn:
            return DisplayFormat::percent(changePercent(r).dividedBy(Hundred), 2);
        case ShockedPriceColumn:
            return DisplayFormat::usd(r.shocked);
        }
        break;
    }
    return {};
}

bool AssetShockModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const std::optional<Decimal> typed = parseTyped(value.toString());
    if (!typed)
        return false;
    const QString asset = m_rows.at(index.row()).asset;
    if (index.column() == ChangeColumn)
        return setChangePercent(asset, *typed);
    if (index.column() == ShockedPriceColumn)
        return setShockedPrice(asset, *typed);
    return false;
}

Qt::ItemFlags AssetShockModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ChangeColumn || index.column() == ShockedPriceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AssetShockModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AssetColumn:
        return tr("Asset");
    case PriceNowColumn:
        return tr("Price now");
    case ChangeColumn:
        return tr("Change");
    case ShockedPriceColumn:
        return tr("Shocked price");
    }
    return {};
}

} // namespace loandesk
