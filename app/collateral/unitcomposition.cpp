#include "unitcomposition.h"

#include "collateralratios.h"

#include "domain/ltvmath.h"

#include <algorithm>

namespace loandesk {

namespace {

// Sums the lines of `wallets` per asset (first-seen order, then largest collateral value
// first); the ratio is re-blended and the share taken of the wallets' total collateral value.
QList<AssetLine> aggregate(const QList<const WalletComposition *> &wallets) {
    QList<AssetLine> lines;
    Decimal total;
    for (const WalletComposition *w : wallets) {
        for (const AssetLine &line : w->lines) {
            auto it = std::find_if(lines.begin(), lines.end(),
                                   [&](const AssetLine &l) { return l.asset == line.asset; });
            if (it == lines.end()) {
                AssetLine sum;
                sum.asset = line.asset;
                sum.priceUsd = line.priceUsd;
                lines.append(sum);
                it = lines.end() - 1;
            }
            it->quantity += line.quantity;
            it->valueUsd += line.valueUsd;
            it->collateralValueUsd += line.collateralValueUsd;
            total += line.collateralValueUsd;
        }
    }
    for (AssetLine &line : lines) {
        line.collateralRatio =
            line.valueUsd.isZero()
                ? Decimal()
                : line.collateralValueUsd.dividedBy(line.valueUsd, LtvMath::Places);
        line.share =
            total.isZero() ? Decimal() : line.collateralValueUsd.dividedBy(total, LtvMath::Places);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const AssetLine &a, const AssetLine &b) {
        if (a.collateralValueUsd != b.collateralValueUsd)
            return a.collateralValueUsd > b.collateralValueUsd;
        return a.valueUsd > b.valueUsd;
    });
    return lines;
}

} // namespace

QList<AssetLine> UnitComposition::assets() const {
    QList<const WalletComposition *> valued;
    for (const WalletComposition &w : wallets) {
        if (w.isValued())
            valued.append(&w);
    }
    return aggregate(valued);
}

QList<AssetLine> UnitComposition::memberAssets(const QString &email) const {
    QList<const WalletComposition *> valued;
    for (const WalletComposition &w : wallets) {
        if (w.isValued() && w.email.compare(email, Qt::CaseInsensitive) == 0)
            valued.append(&w);
    }
    return aggregate(valued);
}

Decimal UnitComposition::collateralValueUsd() const {
    Decimal sum;
    for (const WalletComposition &w : wallets) {
        if (w.isValued())
            sum += w.collateralValueUsd;
    }
    return sum;
}

Decimal UnitComposition::stablecoinShare() const {
    Decimal stable;
    Decimal total;
    for (const WalletComposition &w : wallets) {
        if (!w.isValued())
            continue;
        for (const AssetLine &line : w.lines) {
            total += line.collateralValueUsd;
            if (CollateralRatios::isStablecoin(line.asset))
                stable += line.collateralValueUsd;
        }
    }
    return total.isPositive() ? stable.dividedBy(total, LtvMath::Places) : Decimal();
}

QString coverageKey(UnitComposition::Coverage coverage) {
    switch (coverage) {
    case UnitComposition::Coverage::Complete:
        return QStringLiteral("complete");
    case UnitComposition::Coverage::Partial:
        return QStringLiteral("partial");
    case UnitComposition::Coverage::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

} // namespace loandesk
