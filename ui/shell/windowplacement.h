#pragma once

#include <QRect>
#include <QString>

class QMainWindow;
class QScreen;
class QWidget;

namespace loandesk {

// Where a main window opens and how it comes back. Each screen (by name and size, so a laptop
// and the monitor it is docked to keep their own) remembers the window's geometry and dock
// layout; a window always ends up inside the available geometry of the screen it opens on, even
// when what was saved no longer fits (a monitor unplugged or rearranged, a smaller resolution).
// GUI thread; stored in the user's config folder (test mode honoured).
class WindowPlacement final {
public:
    WindowPlacement() = delete;

    // "eDP-1 1366x768": the name and the logical size, as the settings key for that screen.
    static QString screenKey(const QScreen *screen);
    // `frame` moved and, where it is larger, shrunk so that it lies inside `available`.
    static QRect fitted(const QRect &frame, const QRect &available);
    // The screen a new window opens on: the one under the mouse, else the primary.
    static QScreen *openingScreen();

    // Before the first show: the geometry and dock state saved for `screen` (the opening
    // screen when null), or a size that fits it, centred on it (maximized where even the
    // preferred size does not fit). Then pulls the result onto the screen.
    static void restore(QMainWindow *window, const QSize &preferred, QScreen *screen = nullptr);
    // Saves geometry and dock state under the key of the screen the window is on now.
    static void save(const QMainWindow *window);
    // Moves and if need be shrinks a top-level widget so its frame (title bar included, once the
    // window manager has told us its size) lies inside its screen's available geometry. Returns
    // whether it had to.
    static bool pullOntoScreen(QWidget *window);

private:
    static QString storePath();
};

} // namespace loandesk
