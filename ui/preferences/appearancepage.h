#pragma once

#include "settings/appsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace loandesk {

// Application-wide display: time zone (every time on screen carries it), language, theme,
// tray notifications.
class AppearancePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)

public:
    explicit AppearancePage(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    void store(AppSettings &settings) const;

private:
    QComboBox *m_zone;
    QComboBox *m_language;
    QComboBox *m_reportLanguage;
    QComboBox *m_theme;
    QCheckBox *m_tray;
};

} // namespace loandesk
