#pragma once

#include "settings/appsettings.h"

#include <QPalette>

namespace loandesk {

class SettingsService;

// Light or dark for the whole application, switchable while it runs. Light and Dark use the
// Fusion style with a fixed palette, so every desk sees the same contrast whatever its desktop
// theme; System keeps the style and palette the platform gave at start-up. Widgets and charts
// follow through their PaletteChange events.
class AppTheme {
public:
    static void apply(AppSettings::Theme theme);
    // Applies the service's theme now and whenever it changes, for as long as it lives.
    static void follow(SettingsService *settings);
    static AppSettings::Theme current();
    static QPalette darkPalette();
    static QPalette lightPalette();
    static bool isDark(const QPalette &palette);
};

} // namespace loandesk
