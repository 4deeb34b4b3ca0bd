#pragma once

#include "settings/profilecredentials.h"

namespace loandesk {

class MonitorSession;

// Puts a resolved profile into a running session: the credit key of each unit, the Portfolio
// Margin members' read-only keys and /papi host, the unit's LTV bands, the polling interval,
// and the proxy of the session's network access manager.
class SessionSetup {
public:
    static void apply(const ResolvedProfile &resolved, MonitorSession *session);
    // The whole process follows the system proxy unless a profile says otherwise.
    static void useSystemProxy();
};

} // namespace loandesk
