#pragma once

#include "settingspage.h"

class QCheckBox;
class QComboBox;

namespace loandesk {

// Application-wide display: time zone (every time on screen carries it), language, theme,
// tray notifications.
class AppearancePage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)

public:
    explicit AppearancePage(QWidget *parent = nullptr);

    void load(const SettingsService::Values &edited, int profile) override;
    void apply(SettingsService::Values &edited, int profile) const override;

private:
    QComboBox *m_zone;
    QComboBox *m_language;
    QComboBox *m_reportLanguage;
    QComboBox *m_theme;
    QCheckBox *m_tray;
};

} // namespace loandesk
