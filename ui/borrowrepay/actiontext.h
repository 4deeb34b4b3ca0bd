#pragma once

#include "actions/actiongate.h"
#include "actions/actionresult.h"
#include "actions/openaction.h"

#include <QCoreApplication>
#include <QString>

namespace loandesk {

// Words for the action module's values: gate reasons, journal states and results.
// Exchange errors are worded by errorText() (panels/errortext.h), never here.
class ActionText {
    Q_DECLARE_TR_FUNCTIONS(ActionText)

public:
    static QString reason(ActionGate::Reason reason);
    static QString reasons(const QList<ActionGate::Reason> &reasons); // one per line
    static QString state(AuditEntry::State state);
    // One paragraph for the dialogs: what happened, with the exchange's code when refused.
    static QString result(const ActionResult &result);
    // One line for the status bar and the Activity view: which action, why it is still open,
    // when LoanDesk looks again (with the time zone) or what the operator can do.
    static QString openAction(const OpenAction &action);
};

} // namespace loandesk
