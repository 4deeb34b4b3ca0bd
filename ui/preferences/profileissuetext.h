#pragma once

#include "settings/profile.h"

#include <QString>

namespace loandesk {

// What a Profile::Issue asks the user to fix, in words; empty for None.
QString profileIssueText(Profile::Issue issue);

} // namespace loandesk
