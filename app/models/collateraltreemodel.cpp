#include "collateraltreemodel.h"

#include "displayformat.h"
#include "modelroles.h"

#include "monitor/monitorstate.h"

#include <QCoreApplication>

namespace loandesk {

namespace {
// Internal ids: 0 for members; member row + 1 for wallets, so parent() can find the member.
constexpr quintptr MemberId = 0;
} // namespace

QString memberRoleName(MemberRole role) {
    return role == MemberRole::Credit ? QCoreApplication::translate("MemberRole", "Credit")
                                      : QCoreApplication::translate("MemberRole", "Collateral");
}

CollateralTreeModel::CollateralTreeModel(MonitorState *state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_state(state) {
    connect(state, &MonitorState::updated, this, &CollateralTreeModel::reload);
}

void CollateralTreeModel::setGroupId(qint64 groupId) {
    if (groupId == m_groupId)
        return;
    beginResetModel();
    m_groupId = groupId;
    m_unit = {};
    m_shown.clear();
    if (const UnitStatus *s = m_state->unit(groupId)) {
        m_unit = s->unit;
        m_fetchedAt = s->fetchedAt;
    }
    endResetModel();
}

void CollateralTreeModel::setMaskEmails(bool mask) {
    m_mask = mask;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

bool CollateralTreeModel::sameShape(const RiskUnit &other) const {
    if (other.members.size() != m_unit.members.size())
        return false;
    for (qsizetype i = 0; i < other.members.size(); ++i) {
        if (other.members[i].email != m_unit.members[i].email ||
            other.members[i].wallets.size() != m_unit.members[i].wallets.size())
            return false;
    }
    return true;
}

void CollateralTreeModel::reload() {
    const UnitStatus *s = m_state->unit(m_groupId);
    if (!s) {
        // The unit vanished from the feed: keep showing its last figures (marked stale by the
        // view) rather than blanking the panel.
        return;
    }
    if (!sameShape(s->unit)) {
        beginResetModel();
        m_unit = s->unit;
        m_fetchedAt = s->fetchedAt;
        m_shown.clear();
        endResetModel();
        return;
    }
    // Announce only the rows whose text changed: each announced row is measured for the
    // column widths and repainted, and most polls move a few figures. Same shape means the same
    // accounts and wallets (a mask change announces itself), so only the figures can differ,
    // and only a figure whose value moved is formatted again.
    const QList<Shown> was = m_shown.isEmpty() ? shownRows({}) : m_shown;
    m_unit = s->unit;
    m_fetchedAt = s->fetchedAt;
    m_shown = shownRows(was);
    int i = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex member = index(r, 0);
        if (was.at(i).texts != m_shown.at(i).texts)
            Q_EMIT dataChanged(member, index(r, ColumnCount - 1));
        ++i;
        for (int w = 0; w < rowCount(member); ++w, ++i) {
            if (was.at(i).texts != m_shown.at(i).texts)
                Q_EMIT dataChanged(index(w, 0, member), index(w, ColumnCount - 1, member));
        }
    }
}

QList<CollateralTreeModel::Shown> CollateralTreeModel::shownRows(const QList<Shown> &was) const {
    QList<Shown> rows;
    const auto add = [&](const Decimal &netEquity, const Decimal &maintenance) {
        Shown row{{netEquity, maintenance, share(netEquity, m_unit.totalNetEquity)}, {}};
        const Shown *before = rows.size() < was.size() ? &was.at(rows.size()) : nullptr;
        for (std::size_t k = 0; k < row.values.size(); ++k) {
            if (before && before->values[k] == row.values[k])
                row.texts[k] = before->texts[k];
            else
                row.texts[k] = k == 2 ? DisplayFormat::percent(row.values[k])
                                      : DisplayFormat::usd(row.values[k]);
        }
        rows.append(row);
    };
    for (const CollateralAccount &member : m_unit.members) {
        add(member.netEquity(), member.maintainMargin());
        for (const Wallet &w : member.wallets)
            add(w.netEquity, w.maintainMargin);
    }
    return rows;
}

QModelIndex CollateralTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, MemberId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CollateralTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == MemberId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, MemberId);
}

int CollateralTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_unit.members.size());
    if (parent.internalId() == MemberId && parent.column() == 0 &&
        parent.row() < m_unit.members.size())
        return int(m_unit.members.at(parent.row()).wallets.size());
    return 0;
}

int CollateralTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

Decimal CollateralTreeModel::share(const Decimal &part, const Decimal &total) {
    if (!total.isPositive())
        return Decimal();
    return part.dividedBy(total, 6);
}

QString CollateralTreeModel::maskEmail(const QString &email) {
    // co***01@t***.com: enough to tell accounts apart on a report, not enough to identify them.
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return QStringLiteral("***");
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    const QString maskedLocal =
        local.size() <= 4 ? QString(local.left(1) + QStringLiteral("***"))
                          : QString(local.left(2) + QStringLiteral("***") + local.right(2));
    const qsizetype dot = domain.lastIndexOf(u'.');
    const QString maskedDomain =
        dot > 0 ? QString(domain.left(1) + QStringLiteral("***") + domain.mid(dot))
                : QStringLiteral("***");
    return maskedLocal + u'@' + maskedDomain;
}

QVariant CollateralTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isWallet = index.internalId() != MemberId;
    const int memberRow = isWallet ? int(index.internalId() - 1) : index.row();
    if (memberRow >= m_unit.members.size())
        return {};
    const CollateralAccount &member = m_unit.members.at(memberRow);
    if (isWallet && index.row() >= member.wallets.size())
        return {};
    // Worked out only for the roles and columns that show them: views ask for many roles.
    const Wallet *wallet = isWallet ? &member.wallets.at(index.row()) : nullptr;
    const auto netEquity = [&] { return wallet ? wallet->netEquity : member.netEquity(); };
    const auto maintenance = [&] {
        return wallet ? wallet->maintainMargin : member.maintainMargin();
    };
    const auto shareOf = [&] { return share(netEquity(), m_unit.totalNetEquity); };

    switch (role) {
    case GroupIdRole:
        return m_groupId;
    case AsOfRole:
        return m_fetchedAt;
    case StaleRole:
        return m_state->isStale();
    case RatioRole:
        return index.column() == ShareColumn ? QVariant(shareOf().toDouble()) : QVariant();
    case DecimalRole:
        switch (index.column()) {
        case NetEquityColumn:
            return QVariant::fromValue(netEquity());
        case MaintenanceColumn:
            return QVariant::fromValue(maintenance());
        case ShareColumn:
            return QVariant::fromValue(shareOf());
        }
        return {};
    case Qt::ToolTipRole:
        // The cells are at their column's precision; the exact figure is here.
        switch (index.column()) {
        case NetEquityColumn:
            return DisplayFormat::exact(netEquity());
        case MaintenanceColumn:
            return DisplayFormat::exact(maintenance());
        case ShareColumn:
            return DisplayFormat::exact(shareOf());
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= NetEquityColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case AccountColumn:
            if (isWallet)
                return walletTypeName(wallet->type);
            return m_mask ? maskEmail(member.email) : member.email;
        case RoleColumn:
            return isWallet ? QVariant() : QVariant(memberRoleName(member.role));
        case NetEquityColumn:
            return DisplayFormat::usd(netEquity());
        case MaintenanceColumn:
            return DisplayFormat::usd(maintenance());
        case ShareColumn:
            return DisplayFormat::percent(shareOf());
        }
        break;
    }
    return {};
}

QVariant CollateralTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account / wallet");
    case RoleColumn:
        return tr("Role");
    case NetEquityColumn:
        return tr("Net equity");
    case MaintenanceColumn:
        return tr("Maint. margin");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace loandesk
