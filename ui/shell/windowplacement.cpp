#include "windowplacement.h"

#include <QCursor>
#include <QDir>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace loandesk {

namespace {

// Bumped when the dock layout changes shape, so an old saved state is not applied to it.
constexpr int StateVersion = 1;

QString groupOf(const QScreen *screen) {
    // '/' and '\' separate groups in QSettings; a screen name may contain either.
    QString key = WindowPlacement::screenKey(screen);
    key.replace(u'/', u'_').replace(u'\\', u'_');
    return QStringLiteral("screens/") + key;
}

} // namespace

QString WindowPlacement::screenKey(const QScreen *screen) {
    if (!screen)
        return QStringLiteral("none");
    const QSize size = screen->geometry().size();
    return QStringLiteral("%1 %2x%3").arg(screen->name()).arg(size.width()).arg(size.height());
}

QRect WindowPlacement::fitted(const QRect &frame, const QRect &available) {
    if (available.isEmpty())
        return frame;
    QRect r(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

QScreen *WindowPlacement::openingScreen() {
    if (QScreen *s = QGuiApplication::screenAt(QCursor::pos()))
        return s;
    return QGuiApplication::primaryScreen();
}

QString WindowPlacement::storePath() {
    // Not QSettings' default location: QStandardPaths' test mode keeps tests out of the user's.
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/windows.ini");
}

void WindowPlacement::restore(QMainWindow *window, const QSize &preferred, QScreen *screen) {
    if (!screen)
        screen = openingScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QSettings store(storePath(), QSettings::IniFormat);
    store.beginGroup(groupOf(screen));
    const QByteArray geometry = store.value(QStringLiteral("geometry")).toByteArray();
    const QByteArray state = store.value(QStringLiteral("state")).toByteArray();
    store.endGroup();

    bool restored = !geometry.isEmpty() && window->restoreGeometry(geometry);
    if (restored && !state.isEmpty())
        window->restoreState(state, StateVersion);
    if (!restored) {
        // Leave room for a title bar and borders the window manager has not measured yet.
        const int frame = window->fontMetrics().height() * 2;
        const QSize room = available.size() - QSize(frame, frame * 2);
        if (preferred.width() <= room.width() && preferred.height() <= room.height()) {
            window->resize(preferred);
            QRect r(QPoint(), preferred);
            r.moveCenter(available.center());
            window->move(r.topLeft());
        } else {
            // The whole screen: maximized where a window manager does it, and as the
            // geometry where none does (the frame is pulled on after the first show).
            window->setGeometry(available);
            window->setWindowState(window->windowState() | Qt::WindowMaximized);
        }
    }
    pullOntoScreen(window);
}

void WindowPlacement::save(const QMainWindow *window) {
    QSettings store(storePath(), QSettings::IniFormat);
    store.beginGroup(groupOf(window->screen()));
    store.setValue(QStringLiteral("geometry"), window->saveGeometry());
    store.setValue(QStringLiteral("state"), window->saveState(StateVersion));
    store.endGroup();
}

bool WindowPlacement::pullOntoScreen(QWidget *window) {
    if (window->isMaximized() || window->isFullScreen())
        return false;
    // The screen the window mostly overlaps; a window wholly off every screen goes to the
    // one it would open on.
    const QRect frame = window->frameGeometry();
    QScreen *screen = QGuiApplication::screenAt(frame.center());
    if (!screen)
        screen = window->screen() && window->screen()->geometry().intersects(frame)
                     ? window->screen()
                     : openingScreen();
    if (!screen)
        return false;
    const QRect available = screen->availableGeometry();
    if (available.contains(frame))
        return false;
    const QRect target = fitted(frame, available);
    const QSize margins = frame.size() - window->geometry().size();
    window->resize(target.size() - margins);
    window->move(target.topLeft()); // a top-level's move() places its frame
    return true;
}

} // namespace loandesk
