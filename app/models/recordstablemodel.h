#pragma once

#include "displayformat.h"
#include "pagedrecordsmodel.h"
#include "recordcolumn.h"

#include <QCoreApplication>
#include <QList>

namespace loandesk {

// A paged records table whose columns come from one table of RecordColumn entries: header,
// cell text, alignment, exact value and CSV all read the same entry, so they cannot drift
// apart. The subclass fetches its page into m_rows and says its columns. GUI thread.
template <typename Row> class RecordsTableModel : public PagedRecordsModel {
public:
    const Row &recordAt(int row) const { return m_rows.at(row); }

    QByteArray toCsv() const override {
        QStringList names;
        for (const RecordColumn<Row> &c : m_columns)
            names.append(QString::fromLatin1(c.csvName));
        QByteArray out = csvLine(names);
        for (const Row &r : m_rows) {
            QStringList fields;
            for (const RecordColumn<Row> &c : m_columns)
                fields.append(c.csv(r));
            out += csvLine(fields);
        }
        return out;
    }

protected:
    using Columns = QList<RecordColumn<Row>>;

    RecordsTableModel(const Columns &columns, QObject *parent)
        : PagedRecordsModel(parent)
        , m_columns(columns) {}

    void clearRecords() override { m_rows.clear(); }
    int recordCount() const override { return int(m_rows.size()); }
    int columns() const override { return int(m_columns.size()); }
    QString header(int column) const override {
        // The headers are marked in the subclass, so they are translated in its context.
        return QCoreApplication::translate(metaObject()->className(), m_columns.at(column).header);
    }
    QString text(int row, int column) const override {
        const RecordColumn<Row> &c = m_columns.at(column);
        if (c.text)
            return c.text(m_rows.at(row));
        const std::optional<Decimal> value = amount(row, column);
        if (!value)
            return QString();
        switch (c.kind) {
        case FigureKind::Usd:
            return DisplayFormat::usd(*value);
        case FigureKind::Ratio:
            return DisplayFormat::percent(*value);
        case FigureKind::Quantity:
            return DisplayFormat::quantity(*value, c.asset(m_rows.at(row)));
        case FigureKind::Exact:
            return DisplayFormat::exact(*value);
        }
        return QString();
    }
    std::optional<Decimal> amount(int row, int column) const override {
        const RecordColumn<Row> &c = m_columns.at(column);
        return c.amount ? c.amount(m_rows.at(row)) : std::nullopt;
    }

    QList<Row> m_rows;

private:
    const Columns m_columns;
};

} // namespace loandesk
