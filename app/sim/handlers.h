#pragma once

#include "requestparams.h"
#include "simaccount.h"
#include "simengine.h"
#include "simerror.h"

#include <QJsonDocument>

#include <optional>

namespace loandesk::sim {

// The endpoint handlers. Each runs after the key, signature, timestamp, weight and scope have
// been checked, reads its parameters and turns the engine's state into the documented JSON.
// Split by theme: handlers_account.cpp (unit details), handlers_loan.cpp (borrow, repay,
// transfer-out), handlers_records.cpp (the paged record endpoints).
namespace Handlers {

struct Context {
    SimEngine &engine;
    const SimAccount &caller;
    RequestParams &params;
    qint64 nowMs;
};

struct Reply {
    QByteArray body;
    std::optional<SimError> error;

    static Reply json(const QJsonDocument &doc) { return {doc.toJson(QJsonDocument::Compact), {}}; }
    static Reply fail(const SimError &e) { return {{}, e}; }
};

using Function = Reply (*)(Context &);

Reply ltvDetails(Context &c);
Reply activated(Context &c);
Reply closed(Context &c);
Reply maxBorrowable(Context &c);
Reply rebateBalance(Context &c);

Reply borrow(Context &c);
Reply repay(Context &c);
Reply transferOut(Context &c);

Reply borrowRepay(Context &c);
Reply interestHistory(Context &c);
Reply forceLiquidation(Context &c);
Reply liquidationTransfers(Context &c);

} // namespace Handlers
} // namespace loandesk::sim
