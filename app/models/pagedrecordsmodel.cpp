#include "pagedrecordsmodel.h"

#include "displayformat.h"
#include "modelroles.h"

#include "domain/csvfield.h"

#include <QTimeZone>

#include <algorithm>

namespace loandesk {

PagedRecordsModel::PagedRecordsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PagedRecordsModel::setClient(ExchangeClient *client) {
    if (client == m_client)
        return;
    // Another unit's key: what is on show belongs to the old unit, so it goes, and any reply
    // still on its way for it is dropped.
    beginResetModel();
    m_client = client;
    m_fetch.cancel();
    m_hasPage = false;
    m_loading = false;
    m_page = 1;
    m_total = 0;
    m_error = {};
    m_fetchedAt = {};
    clearRecords();
    endResetModel();
    Q_EMIT stateChanged();
}

void PagedRecordsModel::setPageSize(int size) {
    m_pageSize = std::clamp(size, 1, MaxPageSize);
}

bool PagedRecordsModel::fetchPage(int page) {
    if (!m_client)
        return false;
    m_loading = true;
    m_requestedPageSize = m_pageSize;
    Q_EMIT stateChanged();
    m_fetch = send(m_client, std::max(1, page), m_pageSize);
    return true;
}

int PagedRecordsModel::pageCount() const {
    return int(std::max<qint64>(1, (m_total + m_shownPageSize - 1) / m_shownPageSize));
}

void PagedRecordsModel::fail(const ExchangeError &error) {
    m_loading = false;
    m_error = error;
    Q_EMIT stateChanged();
    // Stale cells render differently: tell the views.
    if (recordCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(recordCount() - 1, columns() - 1), {StaleRole});
}

void PagedRecordsModel::loaded(int page, qint64 total) {
    m_loading = false;
    m_error = {};
    m_hasPage = true;
    m_page = page;
    m_shownPageSize = m_requestedPageSize;
    m_total = total;
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT stateChanged();
}

int PagedRecordsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columns();
}

int PagedRecordsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : recordCount();
}

QVariant PagedRecordsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole: {
        // A figure's exact value first (the cell shows it at its column's precision).
        QStringList lines;
        if (const std::optional<Decimal> value = amount(index.row(), index.column()))
            lines.append(DisplayFormat::exact(*value));
        const QString tip = toolTip(index.row(), index.column());
        if (!tip.isEmpty())
            lines.append(tip);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole: {
        const bool numeric = amount(index.row(), index.column()).has_value();
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    case DecimalRole: {
        const std::optional<Decimal> value = amount(index.row(), index.column());
        return value ? QVariant::fromValue(*value) : QVariant();
    }
    case StaleRole:
        return isStale();
    case AsOfRole:
        return m_fetchedAt;
    default:
        return {};
    }
}

QVariant PagedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    return header(section);
}

std::optional<Decimal> PagedRecordsModel::amount(int, int) const {
    return std::nullopt;
}

QString PagedRecordsModel::toolTip(int, int) const {
    return {};
}

QString PagedRecordsModel::timeText(qint64 ms) {
    return DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QByteArray PagedRecordsModel::csvLine(const QStringList &fields, const QList<int> &freeText) {
    QByteArrayList cells;
    for (qsizetype i = 0; i < fields.size(); ++i)
        cells.append(CsvField::encode(fields.at(i), freeText.contains(int(i))));
    return cells.join(',') + "\r\n";
}

} // namespace loandesk
