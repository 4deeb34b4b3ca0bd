#pragma once

#include "collateral/collateralview.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace loandesk {

// The selected unit's collateral asset by asset: over the whole unit, or member by member.
// Presents one CollateralView (set by whoever follows CollateralState), together with how
// complete that composition is and which wallets disagree with ltv-details, in words.
// Amount cells carry their exact value in DecimalRole.
class CollateralAssetsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollateralAssetsModel)

public:
    enum class Mode { Unit, PerMember };
    enum Column {
        MemberColumn, // blank in Unit mode; the view hides it there
        AssetColumn,
        QuantityColumn,
        PriceColumn,
        ValueColumn,
        RatioColumn,
        CollateralValueColumn,
        ShareColumn,
        ColumnCount
    };

    explicit CollateralAssetsModel(QObject *parent = nullptr);

    // nullopt: nothing has been composed for this unit yet.
    void setView(const std::optional<CollateralView> &view);
    const std::optional<CollateralView> &view() const { return m_view; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setMaskEmails(bool mask);

    // The asset line behind a row, and the member it belongs to (empty in Unit mode).
    const AssetLine &lineAt(int row) const { return m_rows.at(row).line; }
    QString memberAt(int row) const { return m_rows.at(row).member; }
    // The first row of `asset` (of `member` in PerMember mode); -1 when not listed.
    int rowOf(const QString &asset, const QString &member = QString()) const;

    // "Composition complete", "Composition partial: 1 of 4 wallets not valued",
    // "Composition unavailable: <why>". The wallets' own reasons are in walletNotes().
    QString coverageText() const;
    static QString coverageText(const std::optional<CollateralView> &view);
    // One sentence per wallet a user must know about: those that disagree with ltv-details
    // (whose figures stay those of ltv-details) and, when not complete, those not valued.
    QStringList walletNotes() const;
    // "Collateral value 1,234.00 USD · stablecoins 34.50 %"; empty when nothing is valued.
    QString summaryText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString member;
        bool firstOfMember = false;
        AssetLine line;
    };

    void rebuild();
    QList<QStringList> shownTexts() const; // each row's cell texts, to announce only changes
    QString shownEmail(const QString &email) const;

    std::optional<CollateralView> m_view;
    Mode m_mode = Mode::Unit;
    bool m_mask = false;
    QList<Row> m_rows;
    QList<QStringList> m_shown; // shownTexts() at the last update; empty after a reset
};

} // namespace loandesk
