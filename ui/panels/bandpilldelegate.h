#pragma once

#include <QStyledItemDelegate>

namespace loandesk {

// Draws a model's band cell (BandRole + display text) as a coloured pill with the band's name,
// so the band reads in words and colour alike.
class BandPillDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandPillDelegate)

public:
    explicit BandPillDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace loandesk
