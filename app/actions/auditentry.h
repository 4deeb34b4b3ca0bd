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
    QString hash;              // SHA-256 hex of previous hash + this row's canonical content

    static QString actionName(Action action); // "BORROW", "REPAY"
    static std::optional<Action> actionFromName(const QString &name);
    static QString stateName(State state); // "INTENT", "SETTLED_OK", …
    static std::optional<State> stateFromName(const QString &name);
    // A final state closes the action; anything else must be reconciled.
    static bool isFinal(State state);
};

} // namespace loandesk

Q_DECLARE_METATYPE(loandesk::AuditEntry)
