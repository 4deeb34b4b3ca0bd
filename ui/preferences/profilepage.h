#pragma once

#include "settingspage.h"

#include "settings/profile.h"

#include <QList>

namespace loandesk {

// A settings page that edits part of the selected profile. It loads and applies that one
// profile of the edited copy, and validates any profile by the issues it owns (the fields it
// shows), so a problem is reported on the page where it can be fixed.
class ProfilePage : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    explicit ProfilePage(QList<Profile::Issue> owned, QWidget *parent = nullptr);

    bool editsProfile() const final { return true; }
    void load(const SettingsService::Values &edited, int profile) override;
    QString validate(const SettingsService::Values &edited, int profile) const override;
    void apply(SettingsService::Values &edited, int profile) const override;

protected:
    virtual void loadProfile(const Profile &profile) = 0;
    virtual void applyProfile(Profile &profile) const = 0;

private:
    QList<Profile::Issue> m_owned;
};

} // namespace loandesk
