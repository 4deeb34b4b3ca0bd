#pragma once

#include <QLabel>

namespace loandesk {

// A label for a figure that changes with every poll and that a treasurer may want to select
// and copy. A selectable QLabel lays out and draws its text through a whole QTextDocument,
// again on every change (a tenth of the window's CPU per poll for the distance card's
// figures); a plain one does not. So it becomes selectable only while the pointer is over it,
// which is the only time a mouse selection can start, and stays so while a selection is kept.
class FigureLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureLabel)

public:
    explicit FigureLabel(QWidget *parent = nullptr);

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void settle();
};

} // namespace loandesk
