#pragma once

#include "journalanchor.h"

#include <QString>

namespace loandesk {

// What AuditLog::verify() found: first the hash chain inside the file, then its end against the
// head anchored outside it. The UI words each outcome (ActivityView).
struct AuditVerification {
    enum class Chain {
        Intact,
        RowChanged,  // `row` does not hash to its stored value: it or one before it was edited
        RowsMissing, // ids `missingFrom`–`missingTo` are absent between rows that remain
        TailMissing, // the anchored rows `missingFrom`–`missingTo` are gone from the file's end
        Rewritten,   // every link checks out, but anchored row `row` has another hash now:
                     // the chain was recomputed (or cut short and written on) outside LoanDesk
    };

    Chain chain = Chain::Intact;
    qint64 row = 0;
    qint64 missingFrom = 0;
    qint64 missingTo = 0;
    qint64 rows = 0; // rows in the file

    JournalAnchor::Status anchor = JournalAnchor::Status::NotConfigured;
    // Rows at the end that no anchor covers: written by a run that stopped before it could
    // anchor them, or added outside LoanDesk. 0 when there are none.
    qint64 unanchoredFrom = 0;
    QString anchorDetail; // English, for logs

    bool intact() const { return chain == Chain::Intact; }
};

} // namespace loandesk
