#include "keyfigurespanel.h"

#include "common/numberdelegate.h"
#include "common/tablestyle.h"
#include "numericheaderview.h"

#include "common/exactcopy.h"
#include "models/keyfiguresmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace loandesk {

KeyFiguresPanel::KeyFiguresPanel(MonitorState *state, QWidget *parent)
    : QWidget(parent)
    , m_model(new KeyFiguresModel(state, this))
    , m_view(new QTableView(this)) {
    setObjectName(QStringLiteral("keyFiguresPanel"));
    m_view->setObjectName(QStringLiteral("keyFiguresView"));
    m_view->setHorizontalHeader(new NumericHeaderView({KeyFiguresModel::ValueColumn}, m_view));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(KeyFiguresModel::ValueColumn, new NumberDelegate(m_view));
    ExactCopy::install(m_view);
    styleFiguresTable(m_view);
    // Every figure comes from the same poll; its time shows in the gauge panel and in each
    // row's tooltip, which leaves the values the room they need.
    m_view->setColumnHidden(KeyFiguresModel::AsOfColumn, true);
    m_view->verticalHeader()->hide();
    // Every row is one line: measured when the rows or the font change (fitRows), not on each
    // poll as ResizeToContents would, which measures every cell of every row again.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The last section is the hidden as-of column, so stretch-last-section cannot widen the
    // values; fillWidth() does it.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    m_view->setAccessibleName(tr("Key figures"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitRows();
        fitColumns();
    });
    // A poll announces each moved figure on its own: the widths are measured once after all.
    m_refit.setSingleShot(true);
    m_refit.setInterval(0);
    connect(&m_refit, &QTimer::timeout, this, &KeyFiguresPanel::fitColumns);
    // The hidden as-of column changes with every poll; only shown text can need new widths.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.column() <= KeyFiguresModel::ValueColumn)
            m_refit.start();
    });
    fitRows();
}

void KeyFiguresPanel::fitRows() {
    int height = m_view->verticalHeader()->minimumSectionSize();
    for (int r = 0; r < m_model->rowCount(); ++r)
        height =
            std::max(height, static_cast<const QAbstractItemView *>(m_view)->sizeHintForRow(r));
    m_view->verticalHeader()->setDefaultSectionSize(height);
}

void KeyFiguresPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitRows();
        fitColumns();
    }
}

void KeyFiguresPanel::setGroupId(qint64 groupId) {
    m_model->setGroupId(groupId);
}

QString KeyFiguresPanel::valueText(const QString &key) const {
    const int row = m_model->rowOfKey(key);
    return row < 0 ? QString()
                   : m_model->index(row, KeyFiguresModel::ValueColumn).data().toString();
}

void KeyFiguresPanel::fitColumns() {
    m_refit.stop();
    // Values must never be elided: size every column to its widest cell (as
    // resizeColumnToContents would, but without first shrinking the value column that
    // fillWidth() then widens again: two resizes, and a repaint, on every poll).
    const auto *view = static_cast<const QAbstractItemView *>(m_view);
    const auto contentWidth = [this, view](int column) {
        return std::max(view->sizeHintForColumn(column),
                        m_view->horizontalHeader()->sectionSizeHint(column));
    };
    m_view->setColumnWidth(KeyFiguresModel::NameColumn, contentWidth(KeyFiguresModel::NameColumn));
    m_valueWidth = contentWidth(KeyFiguresModel::ValueColumn);
    fillWidth();
    // Liabilities in more assets add rows; an unchanged hint would only re-run the layout.
    const QSize hint = sizeHint();
    if (hint != m_hint) {
        m_hint = hint;
        updateGeometry();
    }
}

void KeyFiguresPanel::fillWidth() {
    // Values right-aligned against the panel's edge, with no empty band beside them; never
    // narrower than their content (that scrolls instead).
    const int room = m_view->viewport()->width() - m_view->columnWidth(KeyFiguresModel::NameColumn);
    m_view->setColumnWidth(KeyFiguresModel::ValueColumn, std::max(m_valueWidth, room));
}

bool KeyFiguresPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fillWidth();
    return QWidget::eventFilter(watched, event);
}

QSize KeyFiguresPanel::sizeHint() const {
    int width = 0;
    for (int c = 0; c < KeyFiguresModel::ColumnCount; ++c)
        width += m_view->isColumnHidden(c)           ? 0
                 : c == KeyFiguresModel::ValueColumn ? m_valueWidth
                                                     : m_view->columnWidth(c);
    int height = m_view->horizontalHeader()->sizeHint().height();
    for (int r = 0; r < m_model->rowCount(); ++r)
        height += m_view->rowHeight(r);
    // Room for a vertical scroll bar, so a short window never forces a horizontal one too.
    const int scroll = m_view->verticalScrollBar()->sizeHint().width();
    return {std::max(width + scroll + 4, 320), std::max(height + 4, 120)};
}

} // namespace loandesk
