#pragma once

#include "tieredratio.h"

#include "domain/decimal.h"

#include <QList>

#include <optional>

namespace loandesk {

// A unit's net equity as a function of one variable x — one asset's price, or the factor by
// which every non-stable asset is scaled — everything else unchanged:
//   E(x) = E(now) + Σ_h [CV_h(c_h·x) − CV_h(c_h·x_now)] − o·(x − x_now)
// with c_h the USD value of holding h per unit of x, CV_h its wallet's tier table and o the USD
// owed per unit of x. E is piecewise linear; its pieces change where some c_h·x crosses a tier
// floor or cap, so a threshold is solved exactly, piece by piece. Used by StressEngine.
class EquityCurve {
public:
    EquityCurve(const Decimal &equityNow, const Decimal &xNow);

    // A holding worth `perUnit`·x USD (perUnit ≥ 0), valued through `ratio`.
    void addHolding(const Decimal &perUnit, const TieredRatio &ratio);
    // A liability of `perUnit`·x USD.
    void addLiability(const Decimal &perUnit);

    // x = numerator / denominator, both exact; the denominator is positive.
    struct Fraction {
        Decimal numerator;
        Decimal denominator;
    };
    // The highest x in [0, x_now] where L / (E(x) − M) ≥ T, that is T·E(x) ≤ L + T·M, given
    // that it does not hold at x_now. nullopt when it holds nowhere down to x = 0.
    std::optional<Fraction> solveDown(const Decimal &liability, const Decimal &maintenance,
                                      const Decimal &threshold) const;

    // The collateral value of `usdValue` under `ratio`, a part no tier covers counting 0 (a
    // shocked value may leave the tiers the exchange published for today's values).
    static Decimal coveredValue(const TieredRatio &ratio, const Decimal &usdValue);

private:
    // One linear piece of a tier table over [floor, cap): CV(v) = cum + rate·(v − floor).
    // Gaps between tiers and the value above the last cap are pieces of rate 0.
    struct Piece {
        Decimal floor;
        std::optional<Decimal> cap;
        Decimal rate;
        Decimal cum;
    };
    struct Holding {
        Decimal perUnit;
        QList<Piece> pieces;
    };
    static QList<Piece> pieces(const TieredRatio &ratio);
    static Decimal valueIn(const QList<Piece> &pieces, const Decimal &usdValue);
    // The piece containing values just below `usdValue` (> 0).
    static qsizetype pieceBelow(const QList<Piece> &pieces, const Decimal &usdValue);
    Decimal constant() const; // E(x) minus the x-dependent terms

    Decimal m_equityNow;
    Decimal m_xNow;
    QList<Holding> m_holdings;
    Decimal m_owedPerUnit;
};

} // namespace loandesk
