#pragma once

#include "profilepage.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace loandesk {

// When alerts fire (re-arm distance, cooldown, escalation step, dead-man minutes) and where
// they go besides the window (command hook). Sound muting is an application setting.
class AlertsPage final : public ProfilePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    explicit AlertsPage(QWidget *parent = nullptr);

    // Besides the profile's alerts, the application-wide sound mute.
    void load(const SettingsService::Values &edited, int profile) override;
    void apply(SettingsService::Values &edited, int profile) const override;

protected:
    void loadProfile(const Profile &profile) override;
    void applyProfile(Profile &profile) const override;

private:
    QDoubleSpinBox *m_hysteresis;
    QDoubleSpinBox *m_imminent;
    QDoubleSpinBox *m_escalation;
    QSpinBox *m_cooldown;
    QSpinBox *m_deadMan;
    QCheckBox *m_disagreement;
    QLineEdit *m_command;
    QSpinBox *m_timeout;
    QCheckBox *m_mute;
};

} // namespace loandesk
