#pragma once

#include "auditentry.h"

#include "exchange/exchangeerror.h"

#include <QDateTime>

namespace loandesk {

// Where an action this desk left open (SENT, UNKNOWN, PROBABLY_EXECUTED) stands, for the status
// bar and the Activity view: what the last check found and when the next one is.
struct OpenAction {
    enum class Check {
        Checking,         // a check of the exchange's records is under way
        NoCreditKey,      // the unit has no credit key: nothing can be checked until one is added
        Failed,           // the last check failed (`error`); the next is at `nextCheck`
        Undecided,        // the records cannot decide yet; the next check is at `nextCheck`
        ProbablyExecuted, // a candidate record (entry.tranId): a person must check and resolve
    };

    AuditEntry entry; // the action's latest journal row
    Check check = Check::Checking;
    ExchangeError error;    // Failed
    QDateTime nextCheck;    // UTC; invalid when no check is planned
    QDateTime failingSince; // UTC, first of the checks failing in a row; invalid when none
    bool resolvableByHand = false;

    static OpenAction of(const AuditEntry &entry, Check check = Check::Checking) {
        OpenAction a;
        a.entry = entry;
        a.check = check;
        return a;
    }
};

} // namespace loandesk
