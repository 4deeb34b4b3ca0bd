#include "simengine.h"

#include "liquidator.h"
#include "valuation.h"

#include <algorithm>
#include <limits>

namespace loandesk::sim {

namespace {
constexpr qint64 HourMs = 3600000;
constexpr int Places = 8;
} // namespace

SimEngine::SimEngine(const Scenario &scenario, quint64 seed, qint64 startMs)
    : m_scenario(scenario)
    , m_market(scenario.assets, seed)
    , m_units(scenario.units)
    , m_startMs(startMs)
    , m_nowMs(startMs) {}

void SimEngine::advanceTo(qint64 nowMs) {
    // Events in time order: price ticks every tickMs from the start, interest on every whole
    // hour (the documented interest timestamps are exact hours).
    while (true) {
        const qint64 nextTick = m_startMs + (m_market.tickCount() + 1) * m_scenario.tickMs;
        const qint64 nextHour = (m_nowMs / HourMs + 1) * HourMs;
        const qint64 nextOrder =
            m_late.isEmpty() ? std::numeric_limits<qint64>::max() : m_late.first().atMs;
        const qint64 next = std::min({nextTick, nextHour, nextOrder});
        if (next > nowMs)
            break;
        m_nowMs = next;
        if (next == nextTick)
            m_market.tick();
        if (next == nextHour)
            accrueInterest(nextHour);
        while (!m_late.isEmpty() && m_late.first().atMs <= m_nowMs)
            m_late.takeFirst().run(*this);
        checkLiquidations();
    }
    m_nowMs = std::max(m_nowMs, nowMs);
}

void SimEngine::scheduleOrder(qint64 atMs, std::function<void(SimEngine &)> order) {
    const auto later = std::upper_bound(m_late.begin(), m_late.end(), atMs,
                                        [](qint64 at, const LateOrder &o) { return at < o.atMs; });
    m_late.insert(later, LateOrder{atMs, std::move(order)});
}

void SimEngine::setPrice(const QString &asset, const Decimal &price) {
    m_market.setPrice(asset, price);
    checkLiquidations();
}

void SimEngine::setPrices(const QMap<QString, Decimal> &prices) {
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        m_market.setPrice(it.key(), it.value());
    checkLiquidations();
}

void SimEngine::setMembers(qint64 groupId, const QList<MemberHoldings> &members) {
    if (UnitState *u = findUnit(groupId))
        u->members = members;
}

void SimEngine::addPastRecords(const QList<UnitState> &past) {
    for (const UnitState &p : past) {
        UnitState *u = findUnit(p.groupId);
        if (!u)
            continue;
        u->borrowRepay = p.borrowRepay + u->borrowRepay;
        u->interest = p.interest + u->interest;
        u->liquidations = p.liquidations + u->liquidations;
        u->liquidationIds = p.liquidationIds + u->liquidationIds;
        u->transfers = p.transfers + u->transfers;
        for (auto it = p.recordPublishedAtMs.cbegin(); it != p.recordPublishedAtMs.cend(); ++it)
            u->recordPublishedAtMs.insert(it.key(), it.value());
        for (const BorrowRepayRecord &r : p.borrowRepay)
            m_nextTranId = std::max(m_nextTranId, r.tranId + 1);
        for (const qint64 id : p.liquidationIds)
            m_nextLiquidationId = std::max(m_nextLiquidationId, id + 1);
    }
}

QList<qint64> SimEngine::groupIds() const {
    QList<qint64> ids;
    for (const UnitState &u : m_units)
        ids.append(u.groupId);
    return ids;
}

const UnitState *SimEngine::unit(qint64 groupId) const {
    return const_cast<SimEngine *>(this)->findUnit(groupId);
}

UnitState *SimEngine::findUnit(qint64 groupId) {
    for (UnitState &u : m_units) {
        if (u.groupId == groupId)
            return &u;
    }
    return nullptr;
}

RiskUnit SimEngine::riskUnit(qint64 groupId) const {
    const UnitState *u = unit(groupId);
    return u ? Valuation::riskUnit(*u, m_market, m_scenario.parentEmail, m_nowMs) : RiskUnit();
}

Decimal SimEngine::maxBorrowable(qint64 groupId) const {
    const UnitState *u = unit(groupId);
    return u ? Valuation::maxBorrowable(*u, riskUnit(groupId)) : Decimal();
}

bool SimEngine::isBorrowable(const QString &asset) {
    return asset == u"USDT" || asset == u"USDC";
}

std::optional<SimError> SimEngine::checkAmount(const UnitState &unit, const QString &asset,
                                               const Decimal &amount) const {
    if (!isBorrowable(asset))
        return SimError::make(
            -27017,
            QStringLiteral("Requested loan asset %1 is not supported for borrowing.").arg(asset));
    if (!amount.isValid() || !amount.isPositive())
        return SimError::invalidParam(QStringLiteral("amount"));
    if (amount.scale() > Places)
        return SimError::make(-27016,
                              QStringLiteral("Illegal quantity precision for %1.").arg(asset));
    if (unit.isLiquidating(m_nowMs))
        return SimError::make(-27024, QStringLiteral("Risk unit %1 is being force-liquidated, "
                                                     "please try again later.")
                                          .arg(unit.groupId));
    return std::nullopt;
}

std::optional<SimError> SimEngine::borrow(qint64 groupId, const QString &asset,
                                          const Decimal &amount, Executed *result,
                                          qint64 recordDelayMs) {
    UnitState *u = findUnit(groupId);
    if (!u)
        return SimError::groupNotFound(groupId);
    if (std::optional<SimError> e = checkAmount(*u, asset, amount))
        return e;
    const RiskUnit figures = riskUnit(groupId);
    const std::optional<Decimal> ltv = Valuation::exactLtv(figures);
    if ((!ltv && figures.totalLiability.isPositive()) || (ltv && *ltv > u->bands.initial))
        return SimError::make(
            -27020, QStringLiteral("LTV of risk unit %1 is too high (%2); it exceeds the initial "
                                   "LTV threshold %3.")
                        .arg(groupId)
                        .arg(figures.ltv.toString(3), u->bands.initial.toString()));
    const Decimal max = Valuation::maxBorrowable(*u, figures);
    if (amount > max)
        return SimError::make(-27009, QStringLiteral("Borrow amount exceeds the maximum allowed: "
                                                     "max for %1 is %2, requested %3.")
                                          .arg(asset, max.toString(Places), amount.toString()));

    // The loan lands in the credit account's margin wallet as the stablecoin itself.
    MemberHoldings *credit = u->creditMember();
    credit->margin[asset] += amount;
    u->liabilities[asset].principal += amount;
    BorrowRepayRecord row;
    row.tranId = m_nextTranId++;
    row.asset = asset;
    row.amount = amount;
    row.type = BorrowRepayRecord::Type::Borrow;
    row.timestampMs = m_nowMs;
    record(*u, row, recordDelayMs);
    if (result)
        *result = Executed{row.tranId, amount};
    return std::nullopt;
}

std::optional<SimError> SimEngine::repay(qint64 groupId, const QString &asset,
                                         const Decimal &amount, RepayFrom from, Executed *result,
                                         qint64 recordDelayMs) {
    UnitState *u = findUnit(groupId);
    if (!u)
        return SimError::groupNotFound(groupId);
    if (std::optional<SimError> e = checkAmount(*u, asset, amount))
        return e;
    LiabilityState &liability = u->liabilities[asset];
    if (!liability.total().isPositive())
        return SimError::make(-27011, QStringLiteral("No liability in risk unit %1.").arg(groupId));
    MemberHoldings *credit = u->creditMember();
    QMap<QString, Decimal> &wallet = from == RepayFrom::Margin ? credit->margin : credit->spot;
    const Decimal available = wallet.value(asset);
    // Actually repaid = min(available balance, requested), and never more than is owed.
    const Decimal paid = Decimal::min(Decimal::min(available, amount), liability.total());
    if (!paid.isPositive())
        return SimError::make(-27015, QStringLiteral("Insufficient balance for %1.").arg(asset));

    const Decimal toInterest = Decimal::min(paid, liability.interest);
    const Decimal toPrincipal = paid - toInterest;
    liability.interest -= toInterest;
    liability.principal -= toPrincipal;
    wallet[asset] = available - paid;
    if (wallet.value(asset).isZero())
        wallet.remove(asset);

    BorrowRepayRecord row;
    row.tranId = m_nextTranId++;
    row.asset = asset;
    row.amount = paid;
    row.principal = toPrincipal;
    row.interest = toInterest;
    row.type = BorrowRepayRecord::Type::NormalRepay;
    row.timestampMs = m_nowMs;
    record(*u, row, recordDelayMs);
    if (result)
        *result = Executed{row.tranId, paid};
    return std::nullopt;
}

void SimEngine::record(UnitState &unit, const BorrowRepayRecord &row, qint64 recordDelayMs) {
    unit.borrowRepay.append(row);
    if (recordDelayMs > 0)
        unit.recordPublishedAtMs.insert(row.tranId, row.timestampMs + recordDelayMs);
}

std::optional<SimError> SimEngine::transferOut(qint64 groupId, const QString &email,
                                               const QString &asset, const Decimal &amount,
                                               Decimal *moved) {
    UnitState *u = findUnit(groupId);
    if (!u)
        return SimError::groupNotFound(groupId);
    if (std::optional<SimError> e = checkAmount(*u, asset, amount))
        return e;
    MemberHoldings *member = nullptr;
    for (MemberHoldings &m : u->members) {
        if (m.email.compare(email, Qt::CaseInsensitive) == 0)
            member = &m;
    }
    if (!member)
        return SimError::make(-3003, QStringLiteral("Margin account does not exist."));
    const Decimal unitMax = Valuation::maxTransferOut(*u, riskUnit(groupId));
    const Decimal actual = Decimal::min(Decimal::min(amount, unitMax), member->margin.value(asset));
    if (!actual.isPositive())
        return SimError::make(-27028, QStringLiteral("Transfer amount exceeds the maximum "
                                                     "transferable amount %1.")
                                          .arg(unitMax.toString(Places)));
    member->margin[asset] -= actual;
    member->spot[asset] += actual;
    if (moved)
        *moved = actual;
    return std::nullopt;
}

void SimEngine::accrueInterest(qint64 hourMs) {
    for (UnitState &u : m_units) {
        for (auto it = u.liabilities.begin(); it != u.liabilities.end(); ++it) {
            if (!it->principal.isPositive())
                continue;
            const Decimal charge = (it->principal * u.hourlyRate).rounded(Places);
            if (!charge.isPositive())
                continue;
            it->interest += charge;
            u.interest.append(InterestRecord{u.groupId, it.key(), it->principal,
                                             u.hourlyRate.rounded(Places), charge, hourMs});
        }
    }
}

void SimEngine::checkLiquidations() {
    for (UnitState &u : m_units) {
        if (u.isLiquidating(m_nowMs))
            continue;
        const RiskUnit figures = Valuation::riskUnit(u, m_market, m_scenario.parentEmail, m_nowMs);
        if (!Liquidator::isDue(u, figures))
            continue;
        Liquidator::liquidate(u, figures, m_market, m_scenario.parentEmail, m_nowMs,
                              m_nextLiquidationId++, [this] { return m_nextTranId++; });
    }
}

} // namespace loandesk::sim
