#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace loandesk {

class AuditLog;

// The audit journal as a table, newest row first, following appends live. Amounts are the
// exact decimal text; times carry their zone. GUI thread.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        Time,
        Action,
        State,
        Unit,
        Asset,
        Requested,
        Actual,
        RepayFrom,
        ProjectedLtv,
        Transaction,
        Code,
        Message,
        OsUser,
        Profile,
        SecondOperator,
        Intent,
        ColumnCount
    };

    explicit AuditLogModel(AuditLog *log, QObject *parent = nullptr);

    void reload();
    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // RFC 4180 CSV of every row, oldest first, machine-readable: UTC ISO times, exact
    // amounts, state names, and each row's chain hash.
    QByteArray toCsv() const;

private:
    void append(const AuditEntry &entry);

    AuditLog *m_log;
    QList<AuditEntry> m_rows; // newest first
};

} // namespace loandesk
