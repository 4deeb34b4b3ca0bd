#pragma once

#include <QString>

namespace loandesk {

// The health of the history store, as a value the UI turns into text. Recording problems never
// stop monitoring: the worst case is that history is not kept.
struct StorageStatus {
    enum class Kind {
        Closed,
        Ok,
        RecoveredCorrupt, // the file was unreadable: moved aside to `movedTo`, a fresh one started
        TooNew,           // written by a newer LoanDesk: refused, the file left untouched
        OpenFailed,       // could not open or create the database at all
        WriteFailed,      // a write failed; see detail
        TeamUnavailable,  // the team database is down: recording into the local cache instead
    };

    Kind kind = Kind::Closed;
    QString backend;  // "sqlite" or "postgresql"
    QString location; // file path, or the team database without password
    QString detail;   // the driver's message, for logs and tooltips
    QString movedTo;  // RecoveredCorrupt: where the old file went
    int foundVersion = 0;

    bool isRecording() const {
        return kind == Kind::Ok || kind == Kind::RecoveredCorrupt || kind == Kind::TeamUnavailable;
    }
};

} // namespace loandesk
