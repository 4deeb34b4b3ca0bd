#pragma once

#include <QObject>

class QAbstractItemView;

namespace loandesk {

// Ctrl+C (the platform's Copy) on a table or tree copies the selected cells, or whole rows, with
// the exact value of every figure (DecimalRole, every digit the exchange sent, no grouping) and
// the shown text of every other cell: tab-separated columns, one line per row, ready for a
// spreadsheet. What a cell shows is rounded to its column's precision; what is copied is not.
class ExactCopy final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExactCopy)

public:
    // Adds the Copy shortcut to `view` (the helper is the view's child).
    static ExactCopy *install(QAbstractItemView *view);
    // The text Copy puts on the clipboard for the view's current selection.
    static QString selectionText(const QAbstractItemView *view);

    void copy() const;

private:
    explicit ExactCopy(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace loandesk
