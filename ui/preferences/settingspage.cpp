#include "settingspage.h"

namespace loandesk {

QString SettingsPage::validate(const SettingsService::Values &, int) const {
    return {};
}

} // namespace loandesk
