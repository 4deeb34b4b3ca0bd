#include "exactcopy.h"

#include "domain/decimal.h"
#include "models/modelroles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTreeView>

#include <map>

namespace loandesk {

namespace {

bool columnHidden(const QAbstractItemView *view, int column) {
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isColumnHidden(column);
    return false;
}

QString cellText(const QModelIndex &index) {
    const QVariant exact = index.data(DecimalRole);
    if (exact.canConvert<Decimal>() && exact.value<Decimal>().isValid())
        return exact.value<Decimal>().toString();
    // A tab or line break inside a cell would split it into two.
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(u'\t', u' ').replace(u'\n', u' ');
    return text;
}

} // namespace

ExactCopy::ExactCopy(QAbstractItemView *view)
    : QObject(view)
    , m_view(view) {
    auto *action = new QAction(tr("Copy"), view);
    action->setShortcut(QKeySequence::Copy);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, &ExactCopy::copy);
    view->addAction(action);
}

ExactCopy *ExactCopy::install(QAbstractItemView *view) {
    return new ExactCopy(view);
}

QString ExactCopy::selectionText(const QAbstractItemView *view) {
    const QItemSelectionModel *selection = view->selectionModel();
    if (!selection)
        return {};
    QModelIndexList cells = selection->selectedIndexes();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells.append(view->currentIndex());
    // Rows in view order (a member, then its wallets; two levels are all our trees have),
    // columns left to right.
    std::map<std::pair<int, int>, std::map<int, QString>> rows;
    for (const QModelIndex &cell : std::as_const(cells)) {
        if (columnHidden(view, cell.column()))
            continue;
        const std::pair<int, int> key = cell.parent().isValid()
                                            ? std::pair(cell.parent().row(), cell.row() + 1)
                                            : std::pair(cell.row(), 0);
        rows[key][cell.column()] = cellText(cell);
    }
    QStringList lines;
    for (const auto &[key, columns] : rows) {
        QStringList fields;
        for (const auto &[column, text] : columns)
            fields.append(text);
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n');
}

void ExactCopy::copy() const {
    const QString text = selectionText(m_view);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace loandesk
