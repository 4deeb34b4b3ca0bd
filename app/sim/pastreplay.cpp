#include "pastreplay.h"

#include "simengine.h"
#include "valuation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace loandesk::sim {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int Places = 8;

// Loan events on the half hour, never at the same instant as an interest charge.
qint64 halfHour(qint64 timeMs) {
    return timeMs / HourMs * HourMs + HourMs / 2;
}

Decimal floorThousand(const Decimal &value) {
    const Decimal thousand = Decimal::fromInt(1000);
    return value.dividedBy(thousand, 0, Decimal::Rounding::Down) * thousand;
}

Decimal fraction(const Decimal &value, int percent) {
    return floorThousand(value * Decimal::fromScaled(percent, 2));
}

// The unit's loan asset: the first liability with principal (the one the story borrows).
QString mainAsset(const UnitState &unit) {
    for (auto it = unit.liabilities.cbegin(); it != unit.liabilities.cend(); ++it) {
        if (it->principal.isPositive())
            return it.key();
    }
    return {};
}

bool sameMap(const QMap<QString, Decimal> &a, const QMap<QString, Decimal> &b) {
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    return std::all_of(keys.cbegin(), keys.cend(),
                       [&](const QString &k) { return (a.value(k) - b.value(k)).isZero(); });
}

// E − M of a unit's holdings at `prices`, without its liability.
Decimal headroom(UnitState unit, const Scenario &scenario, const QMap<QString, Decimal> &prices) {
    MarketModel market(scenario.assets, 0);
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        market.setPrice(it.key(), it.value());
    unit.liabilities.clear();
    const RiskUnit r = Valuation::riskUnit(unit, market, scenario.parentEmail, 0);
    return r.totalNetEquity - r.totalMaintenanceMargin;
}

} // namespace

PastReplay::PastReplay(const Scenario &scenario, quint64 seed, qint64 nowMs)
    : m_scenario(scenario)
    , m_seed(seed)
    , m_nowMs(nowMs)
    , m_fromMs(nowMs - SpanMs)
    , m_market(scenario.assets, seed, scenario.tickMs, nowMs - SpanMs, nowMs) {}

PastReplay::~PastReplay() = default;

bool PastReplay::run(QString *error) {
    QString dummy;
    QString &why = error ? *error : dummy;
    m_story.clear();
    m_restore.clear();
    m_preLiquidationPrincipal.clear();
    m_dipDepth.clear();
    m_paid.clear();
    m_samples.clear();
    planStory();
    return undoStory(&why) && replay(&why);
}

// The story, relative to now (N). The first unit of two or more: a borrow (N−26 d); a dip around
// N−6 d that takes its LTV to 1.05, so the exchange liquidates it on the way down; the
// collateral deposited again 6 h after the bottom; the loan borrowed again (N−5 d) and used
// (withdrawn); a repay (N−2 d) and a borrow (N−1 d), or the other way round. The second unit (or
// the only one): a repay (N−22 d); a borrow that takes its LTV to about 0.78 (N−4 d), used; a dip
// around N−3 d to LTV 0.95 (margin call); the borrowed amount repaid 1.5 h after the bottom with
// funds brought in. Further units: one borrow (N−15 d). Every unit pays the interest of the month
// down to the scenario's figure just before N. Every loan starts the month with no interest owed.
void PastReplay::planStory() {
    const qint64 n = m_nowMs;
    const qsizetype units = m_scenario.units.size();
    const qsizetype liquidated = units >= 2 ? 0 : -1;
    const qsizetype marginCall = units >= 2 ? 1 : 0;
    const qint64 lastHour = n / HourMs * HourMs;
    const qint64 interestPaid = lastHour + (n - lastHour) / 2;
    for (qsizetype i = 0; i < units; ++i) {
        const UnitState &u = m_scenario.units.at(i);
        const QString asset = mainAsset(u);
        if (asset.isEmpty())
            continue;
        const Decimal principal = u.liabilities.value(asset).principal;
        const qint64 g = u.groupId;
        auto add = [&](qint64 at, PastEvent::Kind kind, const Decimal &amount, qint64 half = 0) {
            m_story.append(PastEvent{at, g, kind, asset, amount, half});
        };
        if (i == liquidated) {
            const qint64 bottom = (n - 6 * DayMs) / HourMs * HourMs;
            // Before the liquidation the loan stood at LTV ≈ 0.65 of the collateral held today.
            const Decimal before = floorThousand(
                headroom(u, m_scenario, m_market.pricesAt(m_market.stepAt(bottom - DayMs))) *
                Decimal::fromScaled(65, 2));
            m_preLiquidationPrincipal.insert(g, before);
            add(halfHour(n - 26 * DayMs), PastEvent::Kind::Borrow, fraction(before, 5));
            add(bottom, PastEvent::Kind::Dip, Decimal::fromScaled(105, 2), 12 * HourMs);
            add(bottom + 6 * HourMs + HourMs / 2, PastEvent::Kind::Restore, {});
            add(halfHour(n - 5 * DayMs), PastEvent::Kind::BorrowOut, Decimal::invalid());
            // A repay, then a borrow kept in the credit account's wallet. Where that wallet
            // holds less than the borrow today (calm's keeps most of its value in ETH), the
            // borrow comes first, so the repay has the funds; a unit above its initial LTV today
            // (stressed) could not borrow before the repay.
            const MemberHoldings *credit = u.creditMember();
            const Decimal borrow = fraction(principal, 4);
            const bool borrowFirst = credit && credit->margin.value(asset) < borrow;
            add(halfHour(n - 2 * DayMs),
                borrowFirst ? PastEvent::Kind::Borrow : PastEvent::Kind::Repay,
                borrowFirst ? borrow : fraction(principal, 10));
            add(halfHour(n - DayMs), borrowFirst ? PastEvent::Kind::Repay : PastEvent::Kind::Borrow,
                borrowFirst ? fraction(principal, 10) : borrow);
        } else if (i == marginCall) {
            const qint64 bottom = (n - 3 * DayMs) / HourMs * HourMs;
            const Decimal room =
                headroom(u, m_scenario, m_market.pricesAt(m_market.stepAt(n - 4 * DayMs)));
            Decimal owed;
            for (const LiabilityState &l : u.liabilities)
                owed += l.total();
            const Decimal borrowed = floorThousand(room * Decimal::fromScaled(78, 2) - owed);
            add(halfHour(n - 22 * DayMs), PastEvent::Kind::Repay, fraction(principal, 3));
            if (borrowed.isPositive()) {
                add(halfHour(n - 4 * DayMs), PastEvent::Kind::BorrowOut, borrowed);
                add(bottom, PastEvent::Kind::Dip, Decimal::fromScaled(95, 2), 10 * HourMs);
                add(bottom + HourMs + HourMs / 2, PastEvent::Kind::RepayIn, borrowed);
            }
        } else {
            add(halfHour(n - 15 * DayMs - i * HourMs), PastEvent::Kind::Borrow,
                fraction(principal, 5));
        }
        for (auto it = u.liabilities.cbegin(); it != u.liabilities.cend(); ++it) {
            if (it->principal.isPositive())
                m_story.append(
                    PastEvent{interestPaid, g, PastEvent::Kind::PayInterest, it.key(), {}, 0});
        }
    }
    std::stable_sort(m_story.begin(), m_story.end(),
                     [](const PastEvent &a, const PastEvent &b) { return a.timeMs < b.timeMs; });
}

// Undoes the story from the scenario's start, exactly: principal backwards through every
// borrow and repay; interest forwards from zero with the engine's own rule (each whole hour,
// principal × hourly rate rounded half-even to 8 places), which gives each repay's amount (all
// interest owed first) and the last interest payment; then the credit account's wallet
// backwards through the borrows and repays that kept their funds in it.
bool PastReplay::undoStory(QString *error) {
    using Kind = PastEvent::Kind;
    m_start = m_scenario.units;
    for (UnitState &u : m_start) {
        QHash<QString, Decimal> principal;
        for (auto it = u.liabilities.cbegin(); it != u.liabilities.cend(); ++it)
            principal.insert(it.key(), it->principal);
        for (qsizetype k = m_story.size() - 1; k >= 0; --k) {
            PastEvent &e = m_story[k];
            if (e.groupId != u.groupId)
                continue;
            Decimal &p = principal[e.asset];
            if (e.kind == Kind::BorrowOut && !e.amount.isValid()) {
                e.amount = p; // the loan borrowed again after the liquidation
                p = Decimal();
            } else if (e.kind == Kind::Borrow || e.kind == Kind::BorrowOut) {
                p -= e.amount;
            } else if (e.kind == Kind::Repay || e.kind == Kind::RepayIn) {
                p += e.amount;
            } else if (e.kind == Kind::Restore) {
                if (!p.isZero()) {
                    *error = QStringLiteral("unit %1: a loan is left after its liquidation")
                                 .arg(u.groupId);
                    return false;
                }
                p = m_preLiquidationPrincipal.value(u.groupId);
            }
            if (p.isNegative()) {
                *error = QStringLiteral("unit %1: the story borrows more than it owes today")
                             .arg(u.groupId);
                return false;
            }
        }
        for (auto it = principal.cbegin(); it != principal.cend(); ++it)
            u.liabilities[it.key()] = LiabilityState{it.value(), Decimal()};
    }

    // Interest forwards, hour by hour, as SimEngine::accrueInterest() computes it.
    for (qsizetype i = 0; i < m_start.size(); ++i) {
        const UnitState &now = m_scenario.units.at(i);
        QMap<QString, LiabilityState> owed = m_start.at(i).liabilities;
        qint64 hour = (m_fromMs / HourMs + 1) * HourMs;
        auto accrueUntil = [&](qint64 t) {
            for (; hour <= t; hour += HourMs) {
                for (LiabilityState &l : owed) {
                    if (l.principal.isPositive())
                        l.interest += (l.principal * now.hourlyRate).rounded(Places);
                }
            }
        };
        for (qsizetype k = 0; k < m_story.size(); ++k) {
            const PastEvent &e = m_story.at(k);
            if (e.groupId != now.groupId)
                continue;
            accrueUntil(e.timeMs);
            LiabilityState &l = owed[e.asset];
            switch (e.kind) {
            case Kind::Borrow:
            case Kind::BorrowOut:
                l.principal += e.amount;
                break;
            case Kind::Repay:
            case Kind::RepayIn:
                m_paid.insert(k, l.interest + e.amount);
                l.interest = Decimal();
                l.principal -= e.amount;
                break;
            case Kind::PayInterest: {
                const Decimal target = now.liabilities.value(e.asset).interest;
                if (l.interest < target) {
                    *error = QStringLiteral("unit %1: owes more interest today than a month of "
                                            "its loan accrues")
                                 .arg(now.groupId);
                    return false;
                }
                m_paid.insert(k, l.interest - target);
                l.interest = target;
                break;
            }
            case Kind::Restore: // the liquidation before it repaid everything
                for (LiabilityState &any : owed)
                    any = LiabilityState{};
                break;
            case Kind::Dip:
                break;
            }
        }
        accrueUntil(m_nowMs);
    }

    // The credit account's margin wallet backwards through the funds that stayed in it.
    for (UnitState &u : m_start) {
        MemberHoldings *credit = u.creditMember();
        if (!credit)
            continue;
        QMap<QString, Decimal> &wallet = credit->margin;
        for (qsizetype k = m_story.size() - 1; k >= 0; --k) {
            const PastEvent &e = m_story.at(k);
            if (e.groupId != u.groupId)
                continue;
            if (e.kind == Kind::Borrow)
                wallet[e.asset] -= e.amount;
            else if (e.kind == Kind::Repay || e.kind == Kind::PayInterest)
                wallet[e.asset] += m_paid.value(k);
            else if (e.kind == Kind::Restore) {
                // A copy of its own: `wallet` points into u.members, which writes through a
                // shared copy without detaching it.
                QList<MemberHoldings> restored = u.members;
                restored.detach();
                m_restore.insert(u.groupId, restored);
            }
            if (wallet.value(e.asset).isNegative()) {
                *error = QStringLiteral("unit %1: its credit account could not have paid for "
                                        "the story")
                             .arg(u.groupId);
                return false;
            }
        }
        for (auto it = wallet.begin(); it != wallet.end();) {
            if (it->isZero())
                it = wallet.erase(it);
            else
                ++it;
        }
    }
    return true;
}

QMap<QString, Decimal> PastReplay::pricesAt(qsizetype step) const {
    const qint64 t = m_market.timeAt(step);
    double m = 1.0;
    for (auto it = m_dipDepth.cbegin(); it != m_dipDepth.cend(); ++it) {
        const PastEvent &dip = m_story.at(it.key());
        const double x = double(t - dip.timeMs) / double(dip.halfWidthMs);
        if (std::abs(x) < 1.0)
            m *= 1.0 - it.value() * 0.5 * (1.0 + std::cos(std::numbers::pi * x));
    }
    QMap<QString, Decimal> prices = m_market.pricesAt(step);
    if (m == 1.0)
        return prices;
    const Decimal factor = Decimal::fromScaled(qint64(std::llround(m * 1e12)), 12);
    for (const AssetConfig &a : m_scenario.assets) {
        if (a.volatility != 0.0)
            prices.insert(a.name, (prices.value(a.name) * factor).rounded(Places));
    }
    return prices;
}

// The depth that takes the unit, as it stands when the dip begins, to the target exact LTV at
// the bottom's walk prices: bisection on the common factor of every volatile price.
void PastReplay::solveDip(SimEngine &engine, qsizetype dipIndex) {
    const PastEvent &dip = m_story.at(dipIndex);
    const UnitState unit = *engine.unit(dip.groupId);
    const QMap<QString, Decimal> base = m_market.pricesAt(m_market.stepAt(dip.timeMs));
    MarketModel market(m_scenario.assets, 0);
    auto ltvAt = [&](double m) {
        const Decimal factor = Decimal::fromScaled(qint64(std::llround(m * 1e12)), 12);
        for (const AssetConfig &a : m_scenario.assets)
            market.setPrice(a.name, a.volatility != 0.0
                                        ? (base.value(a.name) * factor).rounded(Places)
                                        : base.value(a.name));
        const std::optional<Decimal> ltv =
            Valuation::exactLtv(Valuation::riskUnit(unit, market, m_scenario.parentEmail, 0));
        return ltv ? ltv->toDouble() : 1e9;
    };
    const double target = dip.amount.toDouble();
    double low = 0.02, high = 1.0;
    if (ltvAt(high) >= target) {
        m_dipDepth.insert(dipIndex, 0.0);
        return;
    }
    for (int i = 0; i < 50; ++i) {
        const double mid = (low + high) / 2;
        (ltvAt(mid) >= target ? low : high) = mid;
    }
    m_dipDepth.insert(dipIndex, 1.0 - low);
}

bool PastReplay::apply(SimEngine &engine, qsizetype index, QString *error) {
    using Kind = PastEvent::Kind;
    const PastEvent &e = m_story.at(index);
    const UnitState *unit = engine.unit(e.groupId);
    auto moveFunds = [&](const Decimal &delta) {
        QList<MemberHoldings> members = unit->members;
        for (MemberHoldings &m : members) {
            if (m.role == MemberRole::Credit)
                m.margin[e.asset] += delta;
        }
        engine.setMembers(e.groupId, members);
    };
    auto failed = [&](const std::optional<SimError> &refused) {
        if (refused)
            *error =
                QStringLiteral("unit %1 at %2: %3").arg(e.groupId).arg(e.timeMs).arg(refused->msg);
        return !refused;
    };
    switch (e.kind) {
    case Kind::Borrow:
        return failed(engine.borrow(e.groupId, e.asset, e.amount, nullptr));
    case Kind::BorrowOut: {
        if (!failed(engine.borrow(e.groupId, e.asset, e.amount, nullptr)))
            return false;
        // The exchange lets equity leave only down to the initial LTV.
        if (Valuation::maxTransferOut(*unit, engine.riskUnit(e.groupId)) < e.amount) {
            *error = QStringLiteral("unit %1: the borrowed funds could not leave").arg(e.groupId);
            return false;
        }
        moveFunds(-e.amount);
        return true;
    }
    case Kind::RepayIn:
        moveFunds(m_paid.value(index));
        [[fallthrough]];
    case Kind::Repay:
    case Kind::PayInterest:
        if (!m_paid.value(index).isPositive())
            return true;
        return failed(engine.repay(e.groupId, e.asset, m_paid.value(index),
                                   SimEngine::RepayFrom::Margin, nullptr));
    case Kind::Restore:
        if (unit->liquidations.isEmpty()) {
            *error = QStringLiteral("unit %1: the dip did not liquidate it").arg(e.groupId);
            return false;
        }
        engine.setMembers(e.groupId, m_restore.value(e.groupId));
        return true;
    case Kind::Dip:
        return true;
    }
    return true;
}

bool PastReplay::replay(QString *error) {
    // The replay's own market never ticks: every step's prices are set from PastMarket.
    Scenario quiet = m_scenario;
    quiet.units = m_start;
    quiet.tickMs = 2 * SpanMs;
    SimEngine engine(quiet, m_seed, m_fromMs);
    qsizetype next = 0;
    for (qsizetype step = 0; step < m_market.size(); ++step) {
        const qint64 t = m_market.timeAt(step);
        for (; next < m_story.size() && m_story.at(next).timeMs <= t; ++next) {
            engine.advanceTo(m_story.at(next).timeMs);
            if (!apply(engine, next, error))
                return false;
        }
        engine.advanceTo(t);
        for (qsizetype k = 0; k < m_story.size(); ++k) {
            const PastEvent &e = m_story.at(k);
            if (e.kind == PastEvent::Kind::Dip && !m_dipDepth.contains(k) &&
                t >= e.timeMs - e.halfWidthMs)
                solveDip(engine, k);
        }
        engine.setPrices(pricesAt(step));
        for (const qint64 g : engine.groupIds())
            m_samples.append(engine.riskUnit(g));
    }
    m_end.clear();
    qsizetype liquidations = 0;
    for (qsizetype i = 0; i < m_scenario.units.size(); ++i) {
        m_end.append(*engine.unit(m_scenario.units.at(i).groupId));
        liquidations += m_end.last().liquidations.size();
        QString difference;
        if (!sameState(m_end.last(), m_scenario.units.at(i), &difference)) {
            *error = QStringLiteral("unit %1 does not land on its start state: %2")
                         .arg(m_end.last().groupId)
                         .arg(difference);
            return false;
        }
    }
    if (liquidations != (m_scenario.units.size() >= 2 ? 1 : 0)) {
        *error = QStringLiteral("the market alone liquidated a unit");
        return false;
    }
    return true;
}

bool PastReplay::sameState(const UnitState &a, const UnitState &b, QString *difference) {
    auto differ = [&](const QString &what) {
        if (difference)
            *difference = what;
        return false;
    };
    QStringList assets = a.liabilities.keys() + b.liabilities.keys();
    assets.removeDuplicates();
    for (const QString &asset : assets) {
        const LiabilityState x = a.liabilities.value(asset), y = b.liabilities.value(asset);
        if (!(x.principal - y.principal).isZero() || !(x.interest - y.interest).isZero())
            return differ(QStringLiteral("liability %1: %2 + %3 against %4 + %5")
                              .arg(asset, x.principal.toString(), x.interest.toString(),
                                   y.principal.toString(), y.interest.toString()));
    }
    if (a.members.size() != b.members.size())
        return differ(QStringLiteral("members"));
    for (qsizetype i = 0; i < a.members.size(); ++i) {
        const MemberHoldings &x = a.members.at(i), &y = b.members.at(i);
        if (!sameMap(x.spot, y.spot) || !sameMap(x.margin, y.margin) ||
            !sameMap(x.spotLocked, y.spotLocked) || !sameMap(x.marginLocked, y.marginLocked) ||
            !sameMap(x.marginBorrowed, y.marginBorrowed) ||
            !sameMap(x.marginInterest, y.marginInterest) || !sameMap(x.positions, y.positions))
            return differ(QStringLiteral("the holdings of %1").arg(x.email));
    }
    return true;
}

} // namespace loandesk::sim
