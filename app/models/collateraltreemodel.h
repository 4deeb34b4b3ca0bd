#pragma once

#include "domain/riskunit.h"
#include "domain/wallettypename.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QStringList>

#include <array>

namespace loandesk {

class MonitorState;

// The selected unit's members (top level) and their wallets (children), with net equity,
// maintenance margin and each one's share of the unit's net equity.
class CollateralTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollateralTreeModel)

public:
    enum Column {
        AccountColumn,
        RoleColumn,
        NetEquityColumn,
        MaintenanceColumn,
        ShareColumn,
        ColumnCount
    };

    explicit CollateralTreeModel(MonitorState *state, QObject *parent = nullptr);

    void setGroupId(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    // Mask sub-account emails (co***01@t***.com) for screenshots sent outside the desk.
    void setMaskEmails(bool mask);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Share of the unit's net equity, 0 when the unit has none.
    static Decimal share(const Decimal &part, const Decimal &total);
    static QString maskEmail(const QString &email);

private:
    // The figures of one row (net equity, maintenance margin, share) and their cell texts.
    struct Shown {
        std::array<Decimal, 3> values;
        std::array<QString, 3> texts;
    };

    void reload();
    bool sameShape(const RiskUnit &other) const;
    // Every row in tree order; a figure equal to the one in `was` keeps its text unformatted.
    QList<Shown> shownRows(const QList<Shown> &was) const;

    MonitorState *m_state;
    qint64 m_groupId = 0;
    RiskUnit m_unit;
    QList<Shown> m_shown; // shownRows() at the last poll; empty after a reset
    QDateTime m_fetchedAt;
    bool m_mask = false;
};

QString memberRoleName(MemberRole role);

} // namespace loandesk
