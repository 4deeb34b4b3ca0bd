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
    //
    // Where holding i's current piece starts, in x. Compared as quotients to 18 places rather
    // than by cross-multiplying: the products of 16-place values overflow 128 bits, while a
    // difference below 10⁻¹⁸ in x is far below the 8 places a price is given to.
    auto pieceStart = [&](qsizetype i) {
        const Holding &h = m_holdings.at(i);
        return h.pieces.at(at.at(i)).floor.dividedBy(h.perUnit);
    };
    for (;;) {
        Decimal a = c;
        Decimal b = -m_owedPerUnit;
        Decimal lowest; // where the current stretch ends below
        for (qsizetype i = 0; i < m_holdings.size(); ++i) {
            const Holding &h = m_holdings.at(i);
            const Piece &p = h.pieces.at(at.at(i));
            a += p.cum - p.rate * p.floor;
            b += p.rate * h.perUnit;
            lowest = Decimal::max(lowest, pieceStart(i));
        }
        if (b.isPositive()) {
            // T·(a + b·x) = limit → x = (limit − T·a) / (T·b); E falls with x, so the band
            // holds from there down, if x lies inside the stretch.
            const Fraction x{limit - threshold * a, threshold * b};
            if (!x.numerator.isNegative() && x.numerator.dividedBy(x.denominator) >= lowest)
                return x;
        }
        if (!lowest.isPositive())
            return std::nullopt; // every piece in use starts at 0: nothing lower to try
        // Step every holding whose piece starts where the stretch ends to its piece below.
        for (qsizetype i = 0; i < m_holdings.size(); ++i) {
            if (at.at(i) > 0 && pieceStart(i) == lowest)
                --at[i];
        }
    }
}

} // namespace loandesk
