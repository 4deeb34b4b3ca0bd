#pragma once

#include "domain/decimal.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

namespace loandesk {

// A price shock per asset for the what-if: each non-stable asset with its price now, and the
// change the user typed either as a percentage or as a price (the other follows, exactly).
// shockedPrices() is what StressEngine::apply takes. Headless; the dialog edits it in a table.
class AssetShockModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetShockModel)

public:
    enum Column { AssetColumn, PriceNowColumn, ChangeColumn, ShockedPriceColumn, ColumnCount };

    explicit AssetShockModel(QObject *parent = nullptr);

    // Asset → USD price now. A shock typed for an asset still listed is kept as a percentage.
    void setAssets(const QMap<QString, Decimal> &pricesNow);
    QStringList assets() const;
    int rowOf(const QString &asset) const;

    // -20 means a fall of 20 %; not below -100. False for an unlisted asset or a bad value.
    bool setChangePercent(const QString &asset, const Decimal &percent);
    // A price of zero or more; false for an unlisted asset or a negative price.
    bool setShockedPrice(const QString &asset, const Decimal &priceUsd);
    // The same change for every asset listed (the "all non-stable" shock).
    void setAllChangePercent(const Decimal &percent);
    void clearShocks();

    // Asset → shocked USD price, for the assets whose price was changed.
    QMap<QString, Decimal> shockedPrices() const;
    bool isShocked() const { return !shockedPrices().isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void shocksChanged();

private:
    struct Row {
        QString asset;
        Decimal priceNow;
        Decimal shocked; // == priceNow when not shocked
    };
    Decimal changePercent(const Row &row) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace loandesk
