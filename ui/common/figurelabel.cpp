#include "figurelabel.h"

namespace loandesk {

FigureLabel::FigureLabel(QWidget *parent)
    : QLabel(parent) {}

void FigureLabel::enterEvent(QEnterEvent *event) {
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel::enterEvent(event);
}

void FigureLabel::leaveEvent(QEvent *event) {
    QLabel::leaveEvent(event);
    settle();
}

void FigureLabel::focusOutEvent(QFocusEvent *event) {
    QLabel::focusOutEvent(event);
    settle();
}

void FigureLabel::settle() {
    // A selection the user made stays (Ctrl+C copies it) until the label loses focus.
    if (!underMouse() && (!hasFocus() || !hasSelectedText()))
        setTextInteractionFlags(Qt::NoTextInteraction);
}

} // namespace loandesk
