#include "apptheme.h"

#include "settings/settingsservice.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace loandesk {

namespace {

struct Startup {
    QString styleName;
    QPalette palette;
    bool captured = false;
};

Startup &startup() {
    static Startup s;
    return s;
}

AppSettings::Theme &currentTheme() {
    static AppSettings::Theme theme = AppSettings::Theme::System;
    return theme;
}

void capture() {
    Startup &s = startup();
    if (s.captured)
        return;
    s.styleName = QApplication::style()->name();
    s.palette = QApplication::palette();
    s.captured = true;
}

} // namespace

QPalette AppTheme::darkPalette() {
    // Derived from one button colour so Fusion's bevels (Light, Mid, Dark, Shadow) stay
    // consistent; text and selection are then set for contrast above 7:1 on Base.
    QPalette p(QColor(0x3a, 0x3c, 0x40), QColor(0x2b, 0x2d, 0x30));
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor dimmed(0x8a, 0x8c, 0x90);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::PlaceholderText, dimmed);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::LinkVisited, QColor(0xcc, 0x79, 0xa7));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimmed);
    return p;
}

QPalette AppTheme::lightPalette() {
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    p.setColor(QPalette::Link, QColor(0x00, 0x5a, 0x9c));
    return p;
}

bool AppTheme::isDark(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

AppSettings::Theme AppTheme::current() {
    return currentTheme();
}

void AppTheme::apply(AppSettings::Theme theme) {
    capture();
    currentTheme() = theme;
    const Startup &s = startup();
    if (theme == AppSettings::Theme::System) {
        QApplication::setStyle(s.styleName);
        QApplication::setPalette(s.palette);
    } else {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette()
                                                                   : lightPalette());
    }
    QToolTip::setPalette(QApplication::palette());
}

void AppTheme::follow(SettingsService *settings) {
    apply(settings->app().theme);
    QObject::connect(settings, &SettingsService::themeChanged, settings, &AppTheme::apply);
}

} // namespace loandesk
