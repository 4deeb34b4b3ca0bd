#include "profilepage.h"

#include "profileissuetext.h"

namespace loandesk {

ProfilePage::ProfilePage(QList<Profile::Issue> owned, QWidget *parent)
    : SettingsPage(parent)
    , m_owned(std::move(owned)) {}

void ProfilePage::load(const SettingsService::Values &edited, int profile) {
    loadProfile(profile >= 0 && profile < edited.profiles.size() ? edited.profiles.at(profile)
                                                                 : Profile{});
}

QString ProfilePage::validate(const SettingsService::Values &edited, int profile) const {
    if (profile < 0 || profile >= edited.profiles.size())
        return {};
    for (Profile::Issue issue : edited.profiles.at(profile).issues()) {
        if (m_owned.contains(issue))
            return profileIssueText(issue);
    }
    return {};
}

void ProfilePage::apply(SettingsService::Values &edited, int profile) const {
    if (profile >= 0 && profile < edited.profiles.size())
        applyProfile(edited.profiles[profile]);
}

} // namespace loandesk
