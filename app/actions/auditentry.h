#pragma once

#include "domain/decimal.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace loandesk {

// One row of the audit journal. Every row restates the whole action (unit, asset, amount, …) so
// that each is readable on its own; a state change is a new row pointing at its INTENT row.
struct AuditEntry {
    enum class Action { Borrow, Repay };
    enum class State {
        Intent,                // decided and journaled; not yet handed to the network
        Sent,                  // handed to the client, exactly once
        SettledOk,             // the exchange confirmed it
        Rejected,              // the exchange (or the client, before sending) refused it
        Unknown,               // sent, outcome not known (timeout, 5xx, dropped connection)
        ReconciledExecuted,    // the records show it happened
        ReconciledNotExecuted, // the records show it did not happen
        // Appended in schema 2. The records hold a candidate that cannot be claimed for sure
        // (several fit, or one this desk may not have sent): an operator must check. Not final.
        ProbablyExecuted,
        // An operator checked the exchange by hand (no key, exchange unreachable for long) and
        // closed the action; the note says what they saw. Final.
        ResolvedByHandExecuted,
        ResolvedByHandNotExecuted,
    };

    qint64 id = 0;
    qint64 intentId = 0; // the INTENT row's id; equal to id on the INTENT row itself
    qint64 timeMs = 0;   // UTC, local clock
    QString osUser;
    QString profile;
    Action action = Action::Borrow;
    qint64 groupId = 0;
    QString asset;
    Decimal requestedAmount;
    QString repayFrom; // "MARGIN"/"SPOT" for repays, empty for borrows
    std::optional<Decimal> projectedLtv;
    State state = State::Intent;
    QString tranId;
    std::optional<Decimal> actualAmount;
    int exchangeCode = 0;
    QString exchangeMessage;
    QString secondOperator;    // four-eyes approver, empty when none
    qint64 exchangeTimeMs = 0; // the exchange's clock at submit (our estimate): reconcile window
    // Schema 2 (rowFormat 2 rows hash these too):
    QString baseUrl; // the exchange the action was sent to; with profile, who may reconcile it
    std::optional<Decimal> liabilityBefore; // the unit's totalLiability when it was sent
    int rowFormat = 2;                      // 1: written before schema 2, hashed without the above
    QString hash; // SHA-256 hex of previous hash + this row's canonical content

    static QString actionName(Action action); // "BORROW", "REPAY"
    static std::optional<Action> actionFromName(const QString &name);
    static QString stateName(State state); // "INTENT", "SETTLED_OK", …
    static std::optional<State> stateFromName(const QString &name);
    // A final state closes the action; anything else must be reconciled.
    static bool isFinal(State state);
};

} // namespace loandesk

Q_DECLARE_METATYPE(loandesk::AuditEntry)
