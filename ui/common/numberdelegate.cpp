#include "numberdelegate.h"

#include "models/modelroles.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QTimer>

namespace loandesk {

namespace {

// Digits after the decimal point (0 when there is none; -1 when the text has no digits at all,
// e.g. "—" or "not reported", which then align with the integer part).
int fractionDigits(const QString &text, QChar point) {
    const qsizetype at = text.lastIndexOf(point);
    if (at < 0)
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) ? 0
                                                                                            : -1;
    int digits = 0;
    for (qsizetype i = at + 1; i < text.size() && text.at(i).isDigit(); ++i)
        ++digits;
    return digits;
}

int columnMaxFraction(const QAbstractItemModel *model, const QModelIndex &parent, int column,
                      QChar point, int depth) {
    int best = 0;
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex idx = model->index(r, column, parent);
        if (idx.data(DecimalRole).isValid())
            best = std::max(best, fractionDigits(idx.data().toString(), point));
        // Members and their wallets share one column, so align across both levels.
        if (depth < 2) {
            const QModelIndex first = model->index(r, 0, parent);
            if (model->rowCount(first) > 0)
                best = std::max(best, columnMaxFraction(model, first, column, point, depth + 1));
        }
    }
    return best;
}

} // namespace

NumberDelegate::NumberDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

const NumberDelegate::Mono &NumberDelegate::mono(qreal pointSize) const {
    // Resolved once per size for the delegate's table: every cell of every poll's column
    // fitting asks for it. (A system font changed mid-session reaches tables opened after.)
    auto it = m_mono.find(pointSize);
    if (it == m_mono.end()) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(pointSize);
        it = m_mono.insert(pointSize, Mono{font, QFontMetrics(font)});
    }
    return *it;
}

void NumberDelegate::watch(const QAbstractItemModel *model) const {
    if (m_watched.contains(model))
        return;
    m_watched.insert(model);
    const auto forget = [this, model] {
        m_maxFraction.removeIf([model](const auto &it) { return it.key().model == model; });
    };
    auto *self = const_cast<NumberDelegate *>(this);
    connect(model, &QAbstractItemModel::dataChanged, self, forget);
    connect(model, &QAbstractItemModel::modelReset, self, forget);
    connect(model, &QAbstractItemModel::layoutChanged, self, forget);
    connect(model, &QAbstractItemModel::rowsInserted, self, forget);
    connect(model, &QAbstractItemModel::rowsRemoved, self, forget);
    connect(model, &QAbstractItemModel::rowsMoved, self, forget);
    connect(model, &QAbstractItemModel::columnsInserted, self, forget);
    connect(model, &QAbstractItemModel::columnsRemoved, self, forget);
    connect(model, &QObject::destroyed, self, [this, model, forget] {
        forget();
        m_watched.remove(model);
    });
}

int NumberDelegate::insetChars(const QModelIndex &index) const {
    const QChar point = QLocale().decimalPoint().at(0);
    const QModelIndex root = index.parent().isValid() ? index.parent().parent() : QModelIndex();
    int max = 0;
    if (root.isValid()) { // below the second level of a tree: not worth remembering
        max = columnMaxFraction(index.model(), root, index.column(), point, 0);
    } else {
        watch(index.model());
        const Key key{index.model(), index.column(), point.unicode()};
        const auto it = m_maxFraction.constFind(key);
        if (it != m_maxFraction.cend()) {
            max = *it;
        } else {
            // Kept for this pass of the event loop only, as well: a view or panel that reacts
            // to a change before this delegate hears of it must not be served the old value.
            if (m_maxFraction.isEmpty())
                QTimer::singleShot(0, this, [this] { m_maxFraction.clear(); });
            max = columnMaxFraction(index.model(), root, index.column(), point, 0);
            m_maxFraction.insert(key, max);
        }
    }
    const int own = fractionDigits(index.data().toString(), point);
    if (max == 0)
        return 0;
    return own < 0 ? max + 1 : own == 0 ? max + 1 : max - own;
}

namespace {
bool isFigure(const QModelIndex &index) {
    return index.data(DecimalRole).isValid();
}
} // namespace

void NumberDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isFigure(index))
        return;
    const Mono &m = mono(option->font.pointSizeF());
    option->font = m.font;
    option->fontMetrics = m.metrics;
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    option->textElideMode = Qt::ElideNone;
}

void NumberDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const {
    if (!isFigure(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // Background, selection and focus over the full cell; the text inset from the right.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    rect.setRight(rect.right() - insetChars(index) * opt.fontMetrics.horizontalAdvance(u'0'));
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize NumberDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    if (!isFigure(index))
        return QStyledItemDelegate::sizeHint(option, index);
    QSize size = QStyledItemDelegate::sizeHint(option, index); // measured in the fixed font
    size.rwidth() +=
        insetChars(index) * mono(option.font.pointSizeF()).metrics.horizontalAdvance(u'0');
    return size;
}

} // namespace loandesk
