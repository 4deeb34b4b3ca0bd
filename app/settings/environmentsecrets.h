#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace loandesk {

// Secrets handed to LoanDesk through its environment: LOANDESK_API_SECRET, and the password in
// LOANDESK_HISTORY_DB. take() moves them into this process's memory and out of its environment
// (and out of the block /proc/PID/environ shows), so no child process inherits them;
// LOANDESK_HISTORY_DB stays set without its password. Process-wide, like the environment it
// stands in for: main() calls take() before any thread starts, and every reader goes through
// here. Thread-safe.
class EnvironmentSecrets {
public:
    // Moves whatever the environment holds now; later calls take values set since.
    static void take();

    // LOANDESK_API_SECRET as it was given, empty when none.
    static QByteArray apiSecret();
    // LOANDESK_HISTORY_DB as it was given, password included; empty when unset.
    static QString historyDatabase();

    // For LoanDesk restarting itself (e.g. after a language change): this process's environment
    // with the taken secrets put back. Never for any other program.
    static QProcessEnvironment environmentForRestart();

    // The connection string without its password (URI or key=value form); other text unchanged.
    static QString withoutPassword(const QString &location);
};

} // namespace loandesk
