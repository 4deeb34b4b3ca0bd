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
// transfer-out), handlers_records.cpp (the paged record endpoints), handlers_collateral.cpp
// (per-asset balances, collateral-ratio tables) and handlers_prices.cpp (prices).
namespace Handlers {

// When an order runs and its record appears, as injected faults shape them (zero: at once).
struct OrderTiming {
    qint64 executeAfterMs = 0; // "executes late": the order is queued in the engine
    qint64 recordAfterMs = 0;  // "records late": its borrow-repay record appears this much later
};

struct Context {
    SimEngine &engine;
    const SimAccount &caller;
    RequestParams &params;
    qint64 nowMs;
    OrderTiming timing = {};
};

struct Reply {
    QByteArray body;
    std::optional<SimError> error;
    bool queued = false; // accepted, to be carried out later (OrderTiming::executeAfterMs)

    static Reply json(const QJsonDocument &doc) {
        return {doc.toJson(QJsonDocument::Compact), {}, false};
    }
    static Reply fail(const SimError &e) { return {{}, e, false}; }
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

Reply subAccountAssetsV4(Context &c);
Reply subAccountAssetsV3(Context &c);
Reply subAccountMargin(Context &c);
Reply papiBalance(Context &c);
Reply papiAccount(Context &c);
Reply crossCollateralRatio(Context &c);
Reply portfolioCollateralRate(Context &c);

Reply tickerPrice(Context &c);
Reply assetIndexPrice(Context &c);

} // namespace Handlers
} // namespace loandesk::sim
