#include "selectablelabel.h"

namespace loandesk {

SelectableLabel::SelectableLabel(QWidget *parent)
    : QLabel(parent) {}

void SelectableLabel::enterEvent(QEnterEvent *event) {
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel::enterEvent(event);
}

void SelectableLabel::leaveEvent(QEvent *event) {
    QLabel::leaveEvent(event);
    settle();
}

void SelectableLabel::focusOutEvent(QFocusEvent *event) {
    QLabel::focusOutEvent(event);
    settle();
}

void SelectableLabel::settle() {
    // A selection the user made stays (Ctrl+C copies it) until the label loses focus.
    if (!underMouse() && (!hasFocus() || !hasSelectedText()))
        setTextInteractionFlags(Qt::NoTextInteraction);
}

} // namespace loandesk
