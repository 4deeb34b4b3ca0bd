#pragma once

#include "marketmodel.h"
#include "scenario.h"
#include "simerror.h"
#include "unitstate.h"

#include "domain/riskunit.h"

#include <QList>

#include <functional>
#include <optional>

namespace loandesk::sim {

// The simulated exchange's state and business rules, without any HTTP: the market, every risk
// unit, borrow/repay, hourly interest and forced liquidation. Time only moves when advanceTo()
// is called (the server calls it with its clock before each request; tests call it directly),
// and it processes every price tick and interest hour in between, in order.
// Not thread-safe: it lives on the SimExchange's thread.
class SimEngine {
public:
    enum class RepayFrom { Margin, Spot };
    struct Executed {
        qint64 tranId = 0;
        Decimal amount;
    };

    SimEngine(const Scenario &scenario, quint64 seed, qint64 startMs);

    void advanceTo(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }
    qint64 startMs() const { return m_startMs; }

    const Scenario &scenario() const { return m_scenario; }
    const MarketModel &market() const { return m_market; }
    // Moves one asset's price at once (a test or demo shock), then applies liquidations.
    void setPrice(const QString &asset, const Decimal &price);
    // Moves several prices at once, then applies liquidations once (PastReplay's steps).
    void setPrices(const QMap<QString, Decimal> &prices);
    // Funds moved into or out of a unit's wallets outside the loan (a deposit, a withdrawal of
    // borrowed funds): no loan record, no business rule. PastReplay's story uses it.
    void setMembers(qint64 groupId, const QList<MemberHoldings> &members);
    // The records of the month before the start (PastReplay::units()), put before this
    // engine's own; later transaction and liquidation ids follow theirs.
    void addPastRecords(const QList<UnitState> &past);

    QList<qint64> groupIds() const;
    const UnitState *unit(qint64 groupId) const;
    // The unit's figures as ltv-details reports them now; groupId 0 if unknown.
    RiskUnit riskUnit(qint64 groupId) const;
    Decimal maxBorrowable(qint64 groupId) const;

    // `recordDelayMs` > 0 publishes the order's borrow-repay record that long after it executes
    // (the "records late" fault); the holdings and liability change at once.
    std::optional<SimError> borrow(qint64 groupId, const QString &asset, const Decimal &amount,
                                   Executed *result, qint64 recordDelayMs = 0);
    std::optional<SimError> repay(qint64 groupId, const QString &asset, const Decimal &amount,
                                  RepayFrom from, Executed *result, qint64 recordDelayMs = 0);
    // An order accepted now but carried out at `atMs` (the "executes late" fault): advanceTo()
    // runs it in time order with the ticks and interest hours, under the business rules of that
    // moment, so it may still be refused then (and then leaves no trace).
    void scheduleOrder(qint64 atMs, std::function<void(SimEngine &)> order);
    int scheduledOrders() const { return int(m_late.size()); }
    // Moves up to `amount` of a stablecoin from a member's margin wallet to its spot wallet,
    // limited by the unit's maxTransferOutAmount and the wallet's balance.
    std::optional<SimError> transferOut(qint64 groupId, const QString &email, const QString &asset,
                                        const Decimal &amount, Decimal *moved);

    static bool isBorrowable(const QString &asset);

private:
    struct LateOrder {
        qint64 atMs = 0;
        std::function<void(SimEngine &)> run;
    };

    UnitState *findUnit(qint64 groupId);
    void record(UnitState &unit, const BorrowRepayRecord &row, qint64 recordDelayMs);
    std::optional<SimError> checkAmount(const UnitState &unit, const QString &asset,
                                        const Decimal &amount) const;
    void accrueInterest(qint64 hourMs);
    void checkLiquidations();

    Scenario m_scenario;
    MarketModel m_market;
    QList<UnitState> m_units;
    qint64 m_startMs = 0;
    qint64 m_nowMs = 0;
    qint64 m_nextTranId = 1750000000;
    qint64 m_nextLiquidationId = 1;
    QList<LateOrder> m_late; // by atMs, then in the order they were accepted
};

} // namespace loandesk::sim
