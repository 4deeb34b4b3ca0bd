#pragma once

#include "settings/profile.h"

#include <QWidget>

namespace loandesk {

// A settings page that edits part of the selected profile. The dialog loads the profile into
// every page when the selection changes and collects the edits back before saving.
class ProfilePage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    using QWidget::QWidget;

    virtual void load(const Profile &profile) = 0;
    virtual void store(Profile &profile) const = 0;
};

} // namespace loandesk
