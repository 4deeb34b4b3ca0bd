#pragma once

#include <QString>

namespace loandesk {

// The OS account LoanDesk runs under, as four-eyes and the audit journal name it. Any thread.
class OsLogin {
public:
    // On Unix the account of the process's real user id, not $USER: an environment variable
    // is whatever the person starting LoanDesk set it to, so it cannot say who they are.
    // Elsewhere (and where the account database has no entry) USER or USERNAME.
    static QString current();
};

} // namespace loandesk
