#pragma once

// What a keyboard-only user (or a screen reader) meets in a window: Tab from the focused
// control around the chain, then every visible, enabled control that takes focus must have
// been reached and must have an accessible name.

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace loandesk::uitest {

struct KeyboardWalk {
    QStringList unreachable;
    QStringList unnamed;
};

// Starts at the focused widget; presses Tab until focus is back there (at most `maxTabs`).
inline KeyboardWalk walkWithTab(QWidget *root, int maxTabs = 400) {
    KeyboardWalk walk;
    QWidget *start = QApplication::focusWidget();
    if (!start) {
        walk.unreachable << QStringLiteral("(nothing has focus)");
        return walk;
    }
    QSet<QWidget *> reached{start};
    for (int i = 0; i < maxTabs; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        reached.insert(now);
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy())
            continue;
        const QString id =
            QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        if (!reached.contains(w))
            walk.unreachable << id;
        // Buttons say their text; every other control needs a name of its own.
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (a && a->text(QAccessible::Name).trimmed().isEmpty() &&
            !qobject_cast<QAbstractButton *>(w))
            walk.unnamed << id;
    }
    return walk;
}

} // namespace loandesk::uitest
