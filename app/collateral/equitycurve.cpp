#include "equitycurve.h"

namespace loandesk {

EquityCurve::EquityCurve(const Decimal &equityNow, const Decimal &xNow)
    : m_equityNow(equityNow)
    , m_xNow(xNow) {}

void EquityCurve::addHolding(const Decimal &perUnit, const TieredRatio &ratio) {
    if (perUnit.isPositive())
        m_holdings.append(Holding{perUnit, pieces(ratio)});
}

void EquityCurve::addLiability(const Decimal &perUnit) {
    m_owedPerUnit += perUnit;
}

QList<EquityCurve::Piece> EquityCurve::pieces(const TieredRatio &ratio) {
    QList<Piece> out;
    Decimal covered;
    Decimal cum;
    for (const CollateralTier &tier : ratio.tiers()) {
        const Decimal start = Decimal::max(tier.floorUsd, covered);
        if (tier.capUsd && *tier.capUsd <= start)
            continue;
        if (start > covered)
            out.append(Piece{covered, start, Decimal(), cum});
        out.append(Piece{start, tier.capUsd, tier.rate, cum});
        if (!tier.capUsd)
            return out;
        cum += (*tier.capUsd - start) * tier.rate;
        covered = *tier.capUsd;
    }
    out.append(Piece{covered, std::nullopt, Decimal(), cum});
    return out;
}

Decimal EquityCurve::valueIn(const QList<Piece> &pieces, const Decimal &usdValue) {
    for (const Piece &p : pieces) {
        if (!p.cap || usdValue < *p.cap)
            return p.cum + p.rate * (Decimal::max(usdValue, p.floor) - p.floor);
    }
    return Decimal(); // unreachable: the last piece has no cap
}

qsizetype EquityCurve::pieceBelow(const QList<Piece> &pieces, const Decimal &usdValue) {
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (!pieces.at(i).cap || usdValue <= *pieces.at(i).cap)
            return i;
    }
    return pieces.size() - 1;
}

Decimal EquityCurve::coveredValue(const TieredRatio &ratio, const Decimal &usdValue) {
    return valueIn(pieces(ratio), usdValue);
}

Decimal EquityCurve::constant() const {
    Decimal c = m_equityNow + m_owedPerUnit * m_xNow;
    for (const Holding &h : m_holdings)
        c -= valueIn(h.pieces, h.perUnit * m_xNow);
    return c;
}

Decimal EquityCurve::equityAt(const Decimal &x) const {
    Decimal e = constant() - m_owedPerUnit * x;
    for (const Holding &h : m_holdings)
        e += valueIn(h.pieces, h.perUnit * x);
    return e;
}

std::optional<EquityCurve::Fraction> EquityCurve::solveDown(const Decimal &liability,
                                                            const Decimal &maintenance,
                                                            const Decimal &threshold) const {
    if (!threshold.isPositive() || !m_xNow.isPositive())
        return std::nullopt;
    const Decimal c = constant();
    const Decimal limit = liability + threshold * maintenance; // T·E(x) ≤ limit
    QList<qsizetype> at;
    for (const Holding &h : m_holdings)
        at.append(pieceBelow(h.pieces, h.perUnit * m_xNow));

    // Walk the pieces from x_now down to 0. On the current stretch E(x) = a + b·x; the stretch
    // ends below at the highest floor/c_h of the pieces in use.
    for (;;) {
        Decimal a = c;
        Decimal b = -m_owedPerUnit;
        for (qsizetype i = 0; i < m_holdings.size(); ++i) {
            const Holding &h = m_holdings.at(i);
            const Piece &p = h.pieces.at(at.at(i));
            a += p.cum - p.rate * p.floor;
            b += p.rate * h.perUnit;
        }
        if (b.isPositive()) {
            // T·(a + b·x) = limit → x = (limit − T·a) / (T·b); E falls with x, so the band
            // holds from there down. It must lie inside the stretch: x ≥ floor_h / c_h for all h.
            const Fraction x{limit - threshold * a, threshold * b};
            bool inside = !x.numerator.isNegative();
            for (qsizetype i = 0; inside && i < m_holdings.size(); ++i) {
                const Holding &h = m_holdings.at(i);
                inside = x.numerator * h.perUnit >= h.pieces.at(at.at(i)).floor * x.denominator;
            }
            if (inside)
                return x;
        }
        // Step to the next stretch below: the holding(s) whose piece floor is reached first.
        qsizetype next = -1;
        for (qsizetype i = 0; i < m_holdings.size(); ++i) {
            const Holding &h = m_holdings.at(i);
            const Decimal &floor = h.pieces.at(at.at(i)).floor;
            if (!floor.isPositive())
                continue;
            if (next < 0)
                next = i;
            else {
                const Holding &n = m_holdings.at(next);
                if (floor * n.perUnit > n.pieces.at(at.at(next)).floor * h.perUnit)
                    next = i;
            }
        }
        if (next < 0)
            return std::nullopt; // every piece in use starts at 0: nothing lower to try
        const Holding &n = m_holdings.at(next);
        const Decimal nextFloor = n.pieces.at(at.at(next)).floor;
        for (qsizetype i = 0; i < m_holdings.size(); ++i) {
            const Holding &h = m_holdings.at(i);
            const Decimal &floor = h.pieces.at(at.at(i)).floor;
            if (floor.isPositive() && floor * n.perUnit == nextFloor * h.perUnit)
                --at[i];
        }
    }
}

} // namespace loandesk
