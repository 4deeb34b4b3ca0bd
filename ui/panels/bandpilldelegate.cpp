#include "bandpilldelegate.h"

#include "common/bandstyle.h"

#include "models/modelroles.h"

#include <QApplication>
#include <QPainter>

namespace loandesk {

namespace {
constexpr int PadX = 10; // inside the pill, each side
constexpr int MarginX = 6;
constexpr int MarginY = 3;
} // namespace

BandPillDelegate::BandPillDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void BandPillDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    const QVariant band = index.data(BandRole);
    if (!band.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection first, without text, so the pill sits on the row highlight.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QFontMetrics fm(opt.font);
    const qreal height = std::min<qreal>(fm.height() + 2 * MarginY, opt.rect.height() - 2);
    const qreal width =
        std::min<qreal>(fm.horizontalAdvance(text) + 2 * PadX, opt.rect.width() - 2 * MarginX);
    const QRectF pill(opt.rect.left() + MarginX, opt.rect.center().y() - height / 2 + 0.5, width,
                      height);
    painter->save();
    painter->setFont(opt.font);
    BandStyle::paintPill(painter, pill, LtvBand(band.toInt()), text);
    painter->restore();
}

QSize BandPillDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    return {fm.horizontalAdvance(opt.text) + 2 * PadX + 2 * MarginX, fm.height() + 2 * MarginY + 6};
}

} // namespace loandesk
