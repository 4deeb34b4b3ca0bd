#include "collateralassetsmodel.h"

#include "collateraltreemodel.h"
#include "displayformat.h"
#include "modelroles.h"

namespace loandesk {

namespace {

// Composed USD values carry up to 16 places (quantity × price); cents are what a reader
// compares. The exact value stays in DecimalRole.
QString usd(const Decimal &value) {
    return DisplayFormat::usd(value);
}

bool sameShape(const QList<AssetLine> &a, const QList<AssetLine> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].asset != b[i].asset)
            return false;
    }
    return true;
}

} // namespace

CollateralAssetsModel::CollateralAssetsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void CollateralAssetsModel::setView(const std::optional<CollateralView> &view) {
    m_view = view;
    rebuild();
}

void CollateralAssetsModel::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuild();
}

void CollateralAssetsModel::setMaskEmails(bool mask) {
    m_mask = mask;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, MemberColumn), index(rowCount() - 1, MemberColumn));
}

QString CollateralAssetsModel::shownEmail(const QString &email) const {
    return m_mask ? CollateralTreeModel::maskEmail(email) : email;
}

void CollateralAssetsModel::rebuild() {
    QList<Row> rows;
    if (m_view) {
        const UnitComposition &c = m_view->composition;
        if (m_mode == Mode::Unit) {
            for (const AssetLine &line : c.assets())
                rows.append({QString(), false, line});
        } else {
            QStringList members;
            for (const WalletComposition &w : c.wallets) {
                if (!members.contains(w.email))
                    members.append(w.email);
            }
            for (const QString &email : members) {
                bool first = true;
                for (const AssetLine &line : c.memberAssets(email)) {
                    rows.append({email, first, line});
                    first = false;
                }
            }
        }
    }
    // Same rows in the same order: a price tick updates the cells and keeps the selection.
    QList<AssetLine> oldLines, newLines;
    for (const Row &r : std::as_const(m_rows))
        oldLines.append(r.line);
    for (const Row &r : std::as_const(rows))
        newLines.append(r.line);
    bool same = sameShape(oldLines, newLines);
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows[i].member == m_rows[i].member;
    if (same) {
        // Only the rows whose text moved are announced: each is measured and repainted, and a
        // poll or price read often leaves most of them as they were.
        const QList<QStringList> was = m_shown.isEmpty() ? shownTexts() : m_shown;
        m_rows = rows;
        const QList<QStringList> now = shownTexts();
        m_shown = now;
        for (int r = 0; r < rowCount(); ++r) {
            if (was.value(r) != now.at(r))
                Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_shown.clear();
    endResetModel();
}

QList<QStringList> CollateralAssetsModel::shownTexts() const {
    QList<QStringList> rows;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.append(data(index(r, c)).toString());
        rows.append(cells);
    }
    return rows;
}

int CollateralAssetsModel::rowOf(const QString &asset, const QString &member) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].line.asset == asset && (member.isEmpty() || m_rows[i].member == member))
            return int(i);
    }
    return -1;
}

QString CollateralAssetsModel::coverageText() const {
    return coverageText(m_view);
}

QString CollateralAssetsModel::coverageText(const std::optional<CollateralView> &view) {
    if (!view)
        return tr("Collateral by asset: not read yet");
    const UnitComposition &c = view->composition;
    switch (c.coverage) {
    case UnitComposition::Coverage::Complete:
        return tr("Composition complete: every wallet with equity is valued asset by asset");
    case UnitComposition::Coverage::Partial: {
        // The reasons, one per wallet, can run long: the count here, each in walletNotes().
        int withEquity = 0;
        int unvalued = 0;
        for (const WalletComposition &w : c.wallets) {
            if (w.exchangeNetEquity.isZero() && w.lines.isEmpty())
                continue;
            ++withEquity;
            unvalued += w.isValued() ? 0 : 1;
        }
        return tr("Composition partial: %1 of %2 wallets not valued").arg(unvalued).arg(withEquity);
    }
    case UnitComposition::Coverage::Unavailable:
        return tr("Composition unavailable: %1").arg(c.reason);
    }
    return {};
}

QStringList CollateralAssetsModel::walletNotes() const {
    QStringList notes;
    if (!m_view)
        return notes;
    const UnitComposition &c = m_view->composition;
    for (const WalletComposition &w : c.wallets) {
        const QString wallet = tr("%1 · %2").arg(shownEmail(w.email), walletTypeName(w.type));
        if (w.status == WalletComposition::Status::Disagrees) {
            notes.append(tr("%1: disagrees with ltv-details (composed %2 USD, ltv-details %3 "
                            "USD); its figures stay those of ltv-details")
                             .arg(wallet, usd(w.netEquity), usd(w.exchangeNetEquity)));
        } else if (w.status == WalletComposition::Status::Unavailable &&
                   c.coverage != UnitComposition::Coverage::Unavailable &&
                   !w.exchangeNetEquity.isZero()) {
            // No figure here: the equity moves with every poll, and a line that changes makes
            // the panel re-wrap and the window re-lay out. Collateral accounts shows it.
            notes.append(tr("%1: not valued (%2); counted at its ltv-details equity, as shown "
                            "under Collateral accounts")
                             .arg(wallet, w.reason));
        }
    }
    return notes;
}

QString CollateralAssetsModel::summaryText() const {
    if (!m_view || !m_view->isValued())
        return {};
    const UnitComposition &c = m_view->composition;
    return tr("Collateral value %1 USD · stablecoins %2")
        .arg(usd(c.collateralValueUsd()), DisplayFormat::percent(c.stablecoinShare()));
}

int CollateralAssetsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollateralAssetsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollateralAssetsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AssetLine &l = row.line;
    const auto exact = [&]() -> std::optional<Decimal> {
        switch (index.column()) {
        case QuantityColumn:
            return l.quantity;
        case PriceColumn:
            return l.priceUsd;
        case ValueColumn:
            return l.valueUsd;
        case RatioColumn:
            return l.collateralRatio;
        case CollateralValueColumn:
            return l.collateralValueUsd;
        case ShareColumn:
            return l.share;
        }
        return std::nullopt;
    };

    switch (role) {
    case DecimalRole:
        if (const std::optional<Decimal> v = exact())
            return QVariant::fromValue(*v);
        return {};
    case RatioRole:
        return index.column() == ShareColumn ? QVariant(l.share.toDouble()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= QuantityColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == RatioColumn)
            return tr("Effective collateral ratio of %1: collateral value ÷ value, after the "
                      "exchange's tiered haircuts")
                .arg(l.asset);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case MemberColumn:
            return row.firstOfMember ? shownEmail(row.member) : QString();
        case AssetColumn:
            return l.asset;
        case QuantityColumn:
            return DisplayFormat::quantity(l.quantity, l.asset);
        case PriceColumn:
            return DisplayFormat::usd(l.priceUsd);
        case ValueColumn:
            return usd(l.valueUsd);
        case RatioColumn:
            return DisplayFormat::percent(l.collateralRatio);
        case CollateralValueColumn:
            return usd(l.collateralValueUsd);
        case ShareColumn:
            return DisplayFormat::percent(l.share);
        }
        break;
    }
    return {};
}

QVariant CollateralAssetsModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ShareColumn)
        return m_mode == Mode::Unit ? tr("Share of the unit's collateral value")
                                    : tr("Share of the member's collateral value");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case AssetColumn:
        return tr("Asset");
    case QuantityColumn:
        return tr("Quantity");
    case PriceColumn:
        return tr("Price (USD)");
    case ValueColumn:
        return tr("Value (USD)");
    case RatioColumn:
        return tr("Collateral ratio");
    case CollateralValueColumn:
        return tr("Collateral value (USD)");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace loandesk
