#include "actiontext.h"

#include "common/errortext.h"

#include "models/displayformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace loandesk {

QString ActionText::reason(ActionGate::Reason reason) {
    using R = ActionGate::Reason;
    switch (reason) {
    case R::NoCreditKey:
        return tr("No credit-account key is configured for this risk unit; it is monitored "
                  "read-only.");
    case R::ReadOnlyProfile:
        return tr("This profile is read-only.");
    case R::Liquidating:
        return tr("The risk unit is being liquidated or its LTV is at the liquidation level.");
    case R::PendingTransaction:
        return tr("The exchange reported a transaction still in progress (-27025); wait a "
                  "moment.");
    case R::CollateralJustAdded:
        return tr("A collateral account was just added; borrowing is blocked for 2 minutes "
                  "(-27031).");
    case R::RateLimited:
        return tr("The exchange's rate limit paused this endpoint (HTTP 429).");
    case R::Banned:
        return tr("The exchange has temporarily banned this IP address (HTTP 418).");
    case R::ActionInFlight:
        return tr("Another borrow or repay on this risk unit is waiting for the exchange's "
                  "answer.");
    case R::ActionUnknown:
        return tr("An earlier action on this risk unit is not settled yet; see the status bar or "
                  "Actions → Activity.");
    case R::AuditUnavailable:
        return tr("The audit log cannot be written; nothing is sent without a journal entry.");
    case R::InvalidOrder:
        return tr("Enter a positive amount of USDT or USDC with at most 8 decimal places.");
    case R::SecondOperatorRequired:
        return tr("This amount needs a second operator to confirm it with their PIN.");
    }
    return {};
}

QString ActionText::reasons(const QList<ActionGate::Reason> &reasons) {
    QStringList lines;
    for (ActionGate::Reason r : reasons)
        lines << reason(r);
    return lines.join(u'\n');
}

QString ActionText::state(AuditEntry::State state) {
    using S = AuditEntry::State;
    switch (state) {
    case S::Intent:
        return tr("Recorded");
    case S::Sent:
        return tr("Sent");
    case S::SettledOk:
        return tr("Done");
    case S::Rejected:
        return tr("Refused");
    case S::Unknown:
        return tr("Outcome unknown");
    case S::ReconciledExecuted:
        return tr("Done (confirmed from records)");
    case S::ReconciledNotExecuted:
        return tr("Not executed (confirmed from records)");
    case S::ProbablyExecuted:
        return tr("Probably executed — check");
    case S::ResolvedByHandExecuted:
        return tr("Executed (checked by hand)");
    case S::ResolvedByHandNotExecuted:
        return tr("Not executed (checked by hand)");
    }
    return {};
}

QString ActionText::result(const ActionResult &r) {
    using S = AuditEntry::State;
    const bool borrow = r.order.action == AuditEntry::Action::Borrow;
    // An order's receipt echoes what was sent and settled, every digit (not a statement figure).
    const QString requested = DisplayFormat::exact(r.order.amount) + u' ' + r.order.asset;
    const QString actual =
        r.actualAmount ? DisplayFormat::exact(*r.actualAmount) + u' ' + r.order.asset : QString();
    switch (r.state) {
    case S::SettledOk:
    case S::ReconciledExecuted:
    case S::ResolvedByHandExecuted:
        if (!r.actualAmount)
            return tr("Marked as executed by an operator who checked the exchange.");
        if (borrow)
            return tr("Borrowed %1 (transaction %2).").arg(actual, r.tranId);
        return tr("Requested %1, actually repaid %2 (transaction %3).")
            .arg(requested, actual, r.tranId);
    case S::Rejected:
        return tr("The exchange refused it: %1").arg(errorText(r.error));
    case S::Unknown:
        return tr("%1 The request may or may not have been executed. LoanDesk does not resend "
                  "it; it is checking the exchange's records now.")
            .arg(errorText(r.error));
    case S::ReconciledNotExecuted:
        return tr("The exchange's records show it was not executed. Nothing was borrowed or "
                  "repaid.");
    case S::ResolvedByHandNotExecuted:
        return tr("Marked as not executed by an operator who checked the exchange.");
    case S::ProbablyExecuted:
        return tr("The exchange's records hold a matching transaction (%1) that LoanDesk cannot "
                  "claim for certain. Check it on the exchange and resolve the action by hand.")
            .arg(r.tranId);
    case S::Intent:
    case S::Sent:
        return tr("Sent; waiting for the exchange…");
    }
    return {};
}

QString ActionText::openAction(const OpenAction &a) {
    using C = OpenAction::Check;
    const AuditEntry &e = a.entry;
    const QString what = (e.action == AuditEntry::Action::Borrow ? tr("Borrow #%1 on risk unit %2")
                                                                 : tr("Repay #%1 on risk unit %2"))
                             .arg(e.intentId)
                             .arg(e.groupId);
    switch (a.check) {
    case C::Checking:
        return tr("%1: checking the exchange's records…").arg(what);
    case C::NoCreditKey:
        return tr("%1 cannot be checked: there is no credit-account key for this risk unit. Add "
                  "the key, or check on the exchange and resolve it in Actions → Activity.")
            .arg(what);
    case C::Failed:
        return tr("%1 is not settled: checking the exchange's records failed (%2). Next try at "
                  "%3.")
            .arg(what, errorText(a.error), DisplayFormat::time(a.nextCheck));
    case C::Undecided:
        return tr("%1 is not settled: the exchange could still show it. Next check at %2.")
            .arg(what, DisplayFormat::time(a.nextCheck));
    case C::ProbablyExecuted:
        return tr("%1 was probably executed (transaction %2): check it on the exchange and "
                  "resolve it in Actions → Activity.")
            .arg(what, e.tranId);
    }
    return {};
}

} // namespace loandesk
