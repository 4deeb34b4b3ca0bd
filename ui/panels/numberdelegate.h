#pragma once

#include <QStyledItemDelegate>

namespace loandesk {

// Right-aligned amounts in a fixed-pitch font with their decimal points lined up down the
// column: a value with fewer fractional digits is inset by the missing digits' width. The text
// itself is never changed or elided, so every digit the exchange sent stays visible.
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
};

} // namespace loandesk
