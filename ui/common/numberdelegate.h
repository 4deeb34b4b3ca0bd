#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>

namespace loandesk {

// The one way a figure is drawn in a table: right-aligned in a fixed-pitch font with the decimal
// points lined up down the column (a value with fewer fractional digits, a quantity of another
// asset, is inset by the missing digits' width). The model's text (DisplayFormat's, at the
// column's precision) is never elided; cells without an exact value (DecimalRole) are drawn
// as any other cell, so one delegate can serve a whole table.
class NumberDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDelegate)

public:
    explicit NumberDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // Width in characters to inset this cell by so its decimal point aligns with the column's.
    int insetChars(const QModelIndex &index) const;
    // Forgets a model's remembered columns whenever it changes.
    void watch(const QAbstractItemModel *model) const;

    struct Key {
        const QAbstractItemModel *model;
        int column;
        char16_t point;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &k, size_t seed = 0) {
            return qHashMulti(seed, k.model, k.column, k.point);
        }
    };
    // The most fractional digits per column (of the top level and the one below it), kept
    // until the model changes: every cell painted or measured asks for it, and reading the
    // whole column for each cell was most of the cost of a table's repaint.
    struct Mono {
        QFont font;
        QFontMetrics metrics;
    };
    const Mono &mono(qreal pointSize) const;

    mutable QHash<Key, int> m_maxFraction;
    mutable QHash<qreal, Mono> m_mono;
    mutable QSet<const QAbstractItemModel *> m_watched;
};

} // namespace loandesk
