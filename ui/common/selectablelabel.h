#pragma once

#include <QLabel>

namespace loandesk {

// A label whose text a treasurer may select and copy (a trigger price, a coverage note) on a
// panel that changes with every poll. A selectable QLabel lays out and draws its text through a
// whole QTextDocument, again on every change and every height-for-width question (a tenth of
// the window's CPU per poll for the distance card alone); a plain one does not. So it is
// selectable only while the pointer is over it, which is the only time a mouse selection can
// start, and stays so while it keeps a selection and the focus.
class SelectableLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectableLabel)

public:
    explicit SelectableLabel(QWidget *parent = nullptr);

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void settle();
};

} // namespace loandesk
